import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { clientIpFrom } from "@/lib/server/auth/request-info";
import { lettresOperation } from "@/lib/server/gestion/lettres-operation";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * The letters of an operation of the manager's académie as a PDF to print (registered post), by
 * parts of 500 (`?partie=2`; the first without it); a 404 for another académie's operation or a
 * part beyond the last. Audited.
 */
export async function GET(request: Request, { params }: Context) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { id } = await params;
  const demandee = new URL(request.url).searchParams.get("partie");
  const partie = demandee === null ? 1 : /^[1-9][0-9]{0,5}$/.test(demandee) ? Number(demandee) : 0;
  const lettres = await lettresOperation(await getDb(), { scope, acteur: acteurOf(account), ip: clientIpFrom(request.headers) }, id, await now(), { partie });
  if (!lettres) {
    return new Response("Opération introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });
  }
  const nom = `${lettres.type === "ANNULATION" ? "lettres-recommandees" : "courriers"}-${id}${lettres.parties > 1 ? `-partie-${lettres.partie}` : ""}`;
  return new Response(Buffer.from(lettres.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(lettres.bytes.byteLength),
      "Content-Disposition": `inline; filename="${nom}.pdf"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
