import "server-only";
import { headers } from "next/headers";

/**
 * The client's address: the last X-Forwarded-For entry, the one added by the nearest proxy (Next
 * itself fills the header with the socket address when it is missing). Deploy behind a proxy that
 * appends to X-Forwarded-For (nginx: $proxy_add_x_forwarded_for), or a client could choose its IP.
 */
export function clientIpFrom(h: Headers): string {
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  const ip = last || h.get("x-real-ip")?.trim() || "inconnue";
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}

export async function requestInfo(): Promise<{ ip: string; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIpFrom(h), userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}
