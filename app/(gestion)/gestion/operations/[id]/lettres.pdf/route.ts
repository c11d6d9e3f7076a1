import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { lettresOperation } from "@/lib/server/gestion/lettres-operation";
import { scopeOf } from "@/lib/server/gestion/scope";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Every letter of an operation of the manager's académie as one PDF to print (registered post); a 404 otherwise. */
export async function GET(_request: Request, { params }: Context) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { id } = await params;
  const lettres = await lettresOperation(await getDb(), scope, id, await now());
  if (!lettres) {
    return new Response("Opération introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });
  }
  const nom = lettres.type === "ANNULATION" ? "lettres-recommandees" : "courriers";
  return new Response(Buffer.from(lettres.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(lettres.bytes.byteLength),
      "Content-Disposition": `inline; filename="${nom}-${id}.pdf"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
