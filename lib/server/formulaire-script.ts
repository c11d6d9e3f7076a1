import "server-only";
import { EN_TETE_SCRIPT, type ReponseScript } from "@/components/forms/envoi-script";
import { estMemeOrigine } from "@/lib/domain/candidature/depot-fichier";
import { env } from "@/lib/env";
import { UNDECODABLE_MESSAGE } from "@/lib/security/action-body";
import { checkBodySize, SERVER_ACTION_BODY_LIMIT } from "@/lib/security/body-limit";

// The wizard's busiest forms (Suivant, ENREGISTRER) are posted by the page's script to a route
// handler rather than to their server action [issue 11 §2]: the body is read once (the proxy,
// which parses every action's body to refuse an undecodable one, does not run for these routes),
// no React reply is decoded, and the answer is a few bytes of JSON rather than the next page's
// render. A page without JavaScript still posts to the server action, which calls the same service.
// The header checked here is one a cross-site form cannot send, nor a cross-site script without a
// CORS preflight, which nobody answers.


const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;


export function repondre<S>(body: ReponseScript<S>, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

const voir = (location: string) => new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });

/**
 * After the route's requireCandidate() (signed out or expired → the sign-in page, staff → 404),
 * checks before the body is read that it comes from the portal's own page (the header and the
 * origin; anything else is sent back to `page`, nothing read) and stays within the forms' limit
 * (413), then reads the form once (400 when it cannot be decoded).
 */
export async function lireFormulaireScript(request: Request, page: string): Promise<FormData | Response> {
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), new URL(env().APP_URL).host].filter((h): h is string => Boolean(h));
  const duScript = request.headers.get(EN_TETE_SCRIPT) === "1";
  if (!duScript || !estMemeOrigine({ secFetchSite: request.headers.get("sec-fetch-site"), origin: request.headers.get("origin") }, hosts)) return voir(page);

  const taille = checkBodySize({ contentLength: request.headers.get("content-length"), transferEncoding: request.headers.get("transfer-encoding") }, SERVER_ACTION_BODY_LIMIT);
  if (!taille.ok) return repondre({ ok: false, message: taille.message }, taille.status);
  try {
    return await request.formData();
  } catch {
    return repondre({ ok: false, message: UNDECODABLE_MESSAGE }, 400);
  }
}
