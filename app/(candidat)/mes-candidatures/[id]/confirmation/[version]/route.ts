import type { NextRequest } from "next/server";
import { now } from "@/lib/clock";
import { parseVersion } from "@/lib/domain/confirmation/acces";
import { requireAccount } from "@/lib/server/auth/guards";
import { lireConfirmation } from "@/lib/server/confirmations/lire-confirmation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; version: string }> };

const INTROUVABLE = () =>
  new Response("Document introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

/**
 * The sealed confirmation d'inscription of one saved version: for its candidate, and for the staff
 * of its académie; a 404 for anyone else, as for an unknown candidature or version. Served as an
 * attachment (?affichage=navigateur opens it in the browser), never cached by a shared cache.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const account = await requireAccount();
  const { id, version } = await params;
  const numero = parseVersion(version);
  if (numero === null) return INTROUVABLE();
  const lue = await lireConfirmation({ lecteur: account, candidatureId: id, version: numero }, { now: await now() });
  if (!lue) return INTROUVABLE();
  const disposition = request.nextUrl.searchParams.get("affichage") === "navigateur" ? "inline" : "attachment";
  return new Response(new Uint8Array(lue.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(lue.bytes.byteLength),
      "Content-Disposition": `${disposition}; filename="${lue.nomFichier}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Last-Modified": lue.createdAt.toUTCString(),
    },
  });
}
