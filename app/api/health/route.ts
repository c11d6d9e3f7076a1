import { getDb } from "@/lib/db";
import { NO_BODY, refuseOversizedBody } from "@/lib/security/body-limit";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  // Route handlers are outside proxy.ts: each refuses a body above its own limit, unread.
  const refusal = refuseOversizedBody(request, NO_BODY);
  if (refusal) return refusal;
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "erreur", database: "injoignable" }, { status: 503 });
  }
}
