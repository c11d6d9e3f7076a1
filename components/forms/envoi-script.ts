// A form the page's script posts to a route handler rather than to its server action (the
// wizard's Suivant and ENREGISTRER, lib/server/formulaire-script.ts): what both sides agree on,
// and the client's side of the exchange. Without JavaScript the form posts to its server action.

/** Set by the page's script on every such post: a cross-site form cannot send it. */
export const EN_TETE_SCRIPT = "x-portail-formulaire";

/** The route's JSON answer: where to go, or the form's new state (or a message for the whole form). */
export type ReponseScript<S> = { ok: true; redirect: string } | { ok: false; state?: S; message?: string };

/** What the form does next: open an address (by the router, or a full load), or show a state or a message. */
export type SuiteEnvoi<S> = { aller: string; pleinePage: boolean } | { state?: S; message?: string };

export const CONNEXION_PERDUE =
  "La connexion avec le serveur a été interrompue\u202f: rien n’a été enregistré. Vérifiez votre connexion à Internet, puis envoyez de nouveau le formulaire.";
export const REPONSE_INATTENDUE = "Le serveur n’a pas pu traiter votre demande\u202f: rien n’a été enregistré. Réessayez dans un instant.";

/** Posts the form as the route expects it and reads its answer. Never throws. */
export async function envoyerFormulaire<S>(url: string, formData: FormData): Promise<SuiteEnvoi<S>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: formData, credentials: "same-origin", headers: { [EN_TETE_SCRIPT]: "1", Accept: "application/json" } });
  } catch {
    return { message: CONNEXION_PERDUE };
  }
  // The session ended: the guard sent the request to the sign-in page, which opens in full.
  if (response.redirected) return { aller: response.url, pleinePage: true };
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return { message: REPONSE_INATTENDUE };
  try {
    const body = (await response.json()) as ReponseScript<S>;
    if (body.ok) return { aller: body.redirect, pleinePage: false };
    return { ...(body.state ? { state: body.state } : {}), message: body.message ?? (body.state ? undefined : REPONSE_INATTENDUE) };
  } catch {
    return { message: REPONSE_INATTENDUE };
  }
}
