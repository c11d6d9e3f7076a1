import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { contentDisposition } from "@/lib/domain/candidature/depot-fichier";
import { ACCEPTED_TYPES } from "@/lib/domain/upload-rules";
import { requireAccount } from "@/lib/server/auth/guards";
import { lireFichier } from "@/lib/server/justificatifs/lire-fichier";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; fichierId: string }> };

const PRIVE = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };

/**
 * What a file may do once the browser shows it: nothing. No script, no form, no plugin, its own
 * opaque origin (no cookie, no storage of the portal's); only the inline styles the browser's
 * own image view needs.
 */
const CSP_FICHIER = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

const INTROUVABLE = () => new Response("Fichier introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVE } });

/**
 * One file of a piece [issue 8 §5]: for the candidate who owns the candidature and for the staff of
 * its académie (lire-fichier.ts decides in its query); a 404 for anyone else, as for a file that
 * does not exist or was deleted. ?vignette=1: a JPEG's thumbnail. Streamed from the storage, shown
 * in the browser (inline) under its name, never cached by a shared cache, never sniffed.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const account = await requireAccount();
  const { id, fichierId } = await params;
  const vignette = request.nextUrl.searchParams.get("vignette") === "1";
  const fichier = await lireFichier(account, { candidatureId: id, fichierId, vignette });
  if (!fichier) return INTROUVABLE();
  // The row's type is one the checks accepted; anything else would be downloaded, never shown.
  const connu = Object.hasOwn(ACCEPTED_TYPES, fichier.typeMime);
  const nom = vignette ? `apercu-${fichier.nom.replace(/\.[^.]*$/, "")}.jpg` : fichier.nom;
  return new Response(Readable.toWeb(fichier.body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": connu ? fichier.typeMime : "application/octet-stream",
      "Content-Length": String(fichier.size),
      "Content-Disposition": contentDisposition(nom, connu ? "inline" : "attachment"),
      "Content-Security-Policy": CSP_FICHIER,
      ...PRIVE,
    },
  });
}
