import { describe, expect, it } from "vitest";
import { EN_TETE_SCRIPT } from "@/components/forms/envoi-script";
import { SERVER_ACTION_BODY_LIMIT } from "@/lib/security/body-limit";
import { lireFormulaireScript } from "./formulaire-script";

const PAGE = "/mes-candidatures/c1/epreuves";
const URL_ROUTE = "http://localhost:3000/mes-candidatures/c1/epreuves/suivant";

function requete(headers: Record<string, string>, body?: BodyInit) {
  return new Request(URL_ROUTE, { method: "POST", headers: { host: "localhost:3000", ...headers }, ...(body !== undefined ? { body } : {}) });
}

function formulaire(champs: Record<string, string>) {
  const form = new FormData();
  for (const [nom, valeur] of Object.entries(champs)) form.append(nom, valeur);
  return form;
}

async function multipart(form: FormData) {
  const encoded = new Request("http://x/", { method: "POST", body: form });
  const body = await encoded.arrayBuffer();
  return { body, headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.byteLength) } };
}

describe("lireFormulaireScript (the wizard's script posts)", () => {
  it("reads the form posted by the page's script from the portal's own origin", async () => {
    const { body, headers } = await multipart(formulaire({ revision: "3", lva: "Anglais" }));
    const lu = await lireFormulaireScript(requete({ ...headers, [EN_TETE_SCRIPT]: "1", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }, body), PAGE);
    expect(lu).toBeInstanceOf(FormData);
    expect((lu as FormData).get("lva")).toBe("Anglais");
  });

  it.each([
    ["without the script's header (a plain form)", { origin: "http://localhost:3000" }],
    ["from another site (Sec-Fetch-Site)", { [EN_TETE_SCRIPT]: "1", "sec-fetch-site": "cross-site" }],
    ["from another site (Origin, an older browser)", { [EN_TETE_SCRIPT]: "1", origin: "https://attaquant.example" }],
    ["from a sandboxed frame (Origin: null)", { [EN_TETE_SCRIPT]: "1", origin: "null" }],
  ])("reads nothing %s and sends back to the step's page", async (_cas, en_tetes) => {
    const { body, headers } = await multipart(formulaire({ revision: "3" }));
    const lu = await lireFormulaireScript(requete({ ...headers, ...en_tetes }, body), PAGE);
    expect(lu).toBeInstanceOf(Response);
    expect((lu as Response).status).toBe(303);
    expect((lu as Response).headers.get("location")).toBe(PAGE);
  });

  it("refuses a body over the forms' limit from its Content-Length, in French, before reading it", async () => {
    const lu = (await lireFormulaireScript(
      requete({ [EN_TETE_SCRIPT]: "1", "content-type": "multipart/form-data; boundary=x", "content-length": String(SERVER_ACTION_BODY_LIMIT + 1) }, "x"),
      PAGE,
    )) as Response;
    expect(lu.status).toBe(413);
    expect(await lu.json()).toEqual({ ok: false, message: expect.stringContaining("dépasse la taille autorisée") });
  });

  it("refuses a body it cannot decode with a French message", async () => {
    const lu = (await lireFormulaireScript(requete({ [EN_TETE_SCRIPT]: "1", "content-type": "multipart/form-data; boundary=abc", "content-length": "9" }, "pas--abc!"), PAGE)) as Response;
    expect(lu.status).toBe(400);
    expect(lu.headers.get("cache-control")).toBe("no-store");
    expect(await lu.json()).toEqual({ ok: false, message: expect.stringContaining("illisible") });
  });
});
