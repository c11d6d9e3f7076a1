import { NO_BODY, refuseOversizedBody } from "@/lib/security/body-limit";

// A bare route handler (no database, no rendering): the reference for benchmarks and probes.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  // Route handlers are outside proxy.ts: each refuses a body above its own limit, unread.
  const refusal = refuseOversizedBody(request, NO_BODY);
  if (refusal) return refusal;
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
