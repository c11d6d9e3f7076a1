import { afterEach, describe, expect, it, vi } from "vitest";
import { CONNEXION_PERDUE, EN_TETE_SCRIPT, envoyerFormulaire, REPONSE_INATTENDUE } from "./envoi-script";

afterEach(() => vi.unstubAllGlobals());

function repondAvec(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("envoyerFormulaire (the page's side of the wizard's script posts)", () => {
  it("posts the form with the script's header and opens the address the route gives, by the router", async () => {
    const fetchMock = repondAvec(Response.json({ ok: true, redirect: "/mes-candidatures/c1/recapitulatif" }));
    const form = new FormData();
    form.append("revision", "2");
    expect(await envoyerFormulaire("/mes-candidatures/c1/epreuves/suivant", form)).toEqual({ aller: "/mes-candidatures/c1/recapitulatif", pleinePage: false });
    expect(fetchMock).toHaveBeenCalledWith("/mes-candidatures/c1/epreuves/suivant", expect.objectContaining({ method: "POST", body: form, headers: expect.objectContaining({ [EN_TETE_SCRIPT]: "1" }) }));
  });

  it("gives back the state of a refused form", async () => {
    repondAvec(Response.json({ ok: false, state: { formError: "À corriger", fieldErrors: { lva: "Choisissez une langue." } } }, { status: 422 }));
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ state: { formError: "À corriger", fieldErrors: { lva: "Choisissez une langue." } } });
  });

  it("gives a route's own message (a body too large, undecodable)", async () => {
    repondAvec(Response.json({ ok: false, message: "Trop gros." }, { status: 413 }));
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ message: "Trop gros." });
  });

  it("opens the sign-in page in full when the session ended (the guard redirected the post)", async () => {
    const html = new Response("<html></html>", { headers: { "content-type": "text/html" } });
    Object.defineProperty(html, "redirected", { value: true });
    Object.defineProperty(html, "url", { value: "http://localhost/connexion?session=expiree" });
    repondAvec(html);
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ aller: "http://localhost/connexion?session=expiree", pleinePage: true });
  });

  it("says nothing was saved when the network fails or the server answers something else", async () => {
    repondAvec(new TypeError("Failed to fetch"));
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ message: CONNEXION_PERDUE });
    repondAvec(new Response("<h1>502</h1>", { status: 502, headers: { "content-type": "text/html" } }));
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ message: REPONSE_INATTENDUE });
    repondAvec(new Response("{pas du json", { status: 500, headers: { "content-type": "application/json" } }));
    expect(await envoyerFormulaire("/r", new FormData())).toEqual({ message: REPONSE_INATTENDUE });
  });
});
