import type { NextRequest } from "next/server";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import {
  CHAMP_FICHIER,
  estMemeOrigine,
  messageDepotErreur,
  parseDepotErreur,
  urlRetourDepot,
  verifierTailleDepot,
  type DepotErreur,
} from "@/lib/domain/candidature/depot-fichier";
import { fr } from "@/lib/domain/typographie";
import { env } from "@/lib/env";
import { getCurrentAccount, hasSessionCookie } from "@/lib/server/auth/current-account";
import { requireCandidate } from "@/lib/server/auth/guards";
import { ajouterFichier } from "@/lib/server/justificatifs/ajouter-fichier";
import { loadCandidatureAvecPieces } from "@/lib/server/justificatifs/load-justificatifs";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; piece: string }> };

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** A 303: the browser follows it with a GET, never re-posting the file. */
const voir = (location: string) => new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });

const json = (body: object, status = 200) => Response.json(body, { status, headers: NO_STORE });

const introuvable = (enJson: boolean) =>
  enJson ? json({ ok: false, message: fr`Cette pièce est introuvable dans vos candidatures.` }, 404) : new Response("Pièce introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });

/**
 * Adds one file to one of the candidate's pieces [issue 8 §4]. A form without JavaScript posts
 * here (multipart, one `fichier` field) and is sent back to the page with the outcome as a code;
 * the page's script sends the same form by XMLHttpRequest asking for JSON, and gets the French
 * message itself. Everything is decided here and in the service, whatever the page showed:
 *
 * 1. the session: signed out → sign-in (or 401 in JSON); not a candidate → 404 (requireCandidate);
 * 2. where it comes from: route handlers get no CSRF check of their own, so a POST from another
 *    site (Sec-Fetch-Site, or Origin for older browsers) is refused;
 * 3. its size, from Content-Length, before a byte of the body is read (413);
 * 4. the candidature and the piece are the caller's (404 otherwise, as for one that does not exist);
 * 5. then only the body is read, and the service checks the file and decides at the server's time.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { id, piece } = await params;
  const enJson = (request.headers.get("accept") ?? "").includes("application/json");
  const refuser = (code: DepotErreur, status: number) =>
    enJson ? json({ ok: false, code, message: messageDepotErreur(code) }, status) : voir(urlRetourDepot(id, piece, { erreur: code }));

  if (!(await getCurrentAccount())) {
    const expiree = await hasSessionCookie();
    if (enJson)
      return json(
        { ok: false, code: "session", message: fr`Votre session a pris fin : reconnectez-vous dans un autre onglet, puis déposez de nouveau le fichier. Rien n'a été enregistré.` },
        401,
      );
    return voir(expiree ? "/connexion?session=expiree" : "/connexion");
  }
  const account = await requireCandidate();

  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), new URL(env().APP_URL).host].filter((h): h is string => Boolean(h));
  if (!estMemeOrigine({ secFetchSite: request.headers.get("sec-fetch-site"), origin: request.headers.get("origin") }, hosts)) {
    const message = messageDepotErreur("origine");
    return enJson ? json({ ok: false, code: "origine", message }, 403) : new Response(message, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
  }

  const taille = verifierTailleDepot({ contentLength: request.headers.get("content-length"), transferEncoding: request.headers.get("transfer-encoding") });
  if (!taille.ok) return refuser(taille.code, taille.status);

  const candidature = await loadCandidatureAvecPieces(await getDb(), { accountId: account.id }, id);
  if (!candidature?.justificatifs.some((j) => j.pieceCode === piece)) return introuvable(enJson);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuser("formulaire_illisible", 400);
  }
  const fichier = form.get(CHAMP_FICHIER);
  // No file chosen: browsers still send the part, with an empty name and no content.
  if (!(fichier instanceof File) || (fichier.name === "" && fichier.size === 0)) return refuser("aucun_fichier", 400);

  const result = await ajouterFichier(
    { accountId: account.id, candidatureId: candidature.id, pieceCode: piece, bytes: new Uint8Array(await fichier.arrayBuffer()), nom: fichier.name },
    { now: await now() },
  );
  if (result.ok) return enJson ? json({ ok: true, fichierId: result.fichierId, nom: result.nom }) : voir(urlRetourDepot(id, piece, { depot: result.fichierId }));
  if (result.introuvable) return introuvable(enJson);
  if (enJson) return json({ ok: false, code: result.code ?? null, message: result.message }, 422);
  return voir(urlRetourDepot(id, piece, { erreur: parseDepotErreur(result.code) ?? "formulaire_illisible" }));
}
