import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { apercuFichier } from "@/lib/server/justificatifs/apercu-fichier";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; fichierId: string }> };

const PRIVE = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };

/** A deposited file's preview for the staff of its académie (apercu-fichier.ts scopes the query); a 404 otherwise. */
export async function GET(_request: Request, { params }: Context) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { id, fichierId } = await params;
  const apercu = await apercuFichier(scope, { candidatureId: id, fichierId });
  if (!apercu) return new Response("Aperçu introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVE } });
  return new Response(new Uint8Array(apercu.bytes), {
    headers: {
      "Content-Type": apercu.typeMime,
      "Content-Length": String(apercu.bytes.length),
      "Content-Security-Policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
      ...PRIVE,
    },
  });
}
