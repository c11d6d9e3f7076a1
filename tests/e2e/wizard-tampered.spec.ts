import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { choisirAcquis, newCandidate, remplirIdentification, remplirInformations, remplirQualification, startRegistration, suivant, uniqueEmail } from "./helpers/wizard";

// The server trusts nothing the browser sends: a value the form does not offer, posted anyway
// (a tampered form, or the form's fields POSTed directly as a browser without JavaScript would),
// is refused with the rule, and nothing is saved. Someone else's candidature cannot be reached.

/**
 * POSTs the step's form the way a browser without JavaScript does: the server-rendered form's
 * hidden action fields, and the given fields, whatever the form offers.
 */
async function postForm(page: Page, url: string, fields: [string, string][]): Promise<{ status: number; html: string }> {
  return page.evaluate(
    async ({ url, fields }) => {
      // Read as text, not parsed into a document: a parsed copy would apply the other response's
      // <style nonce> under this page's CSP and report violations that no user ever meets.
      const html = await (await fetch(url)).text();
      const start = html.search(/<form[^>]*aria-label/);
      if (start < 0) throw new Error("formulaire introuvable");
      const formHtml = html.slice(start, html.indexOf("</form>", start));
      const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      const data = new FormData();
      for (const [input] of formHtml.matchAll(/<input\b[^>]*>/g)) {
        if (!/\btype="hidden"/.test(input)) continue;
        const name = /\bname="([^"]*)"/.exec(input)?.[1];
        if (name !== undefined) data.append(decode(name), decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? ""));
      }
      for (const [name, value] of fields) data.append(name, value);
      const response = await fetch(url, { method: "POST", body: data, redirect: "manual" });
      // A redirect (the action succeeded) reads as an opaque response here.
      return { status: response.type === "opaqueredirect" ? 303 : response.status, html: await response.text() };
    },
    { url, fields },
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;|’/g, "'").replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");

test("une combinaison interdite envoyée directement est refusée par le serveur, et rien n'est enregistré", async ({ page, browser, outboxDir }, testInfo) => {
  test.setTimeout(90_000);
  await newCandidate(page, outboxDir, uniqueEmail("falsifie", testInfo));
  const id = await startRegistration(page, "57000", "Nancy-Metz");
  await remplirIdentification(page, { codePostal: "57000", commune: "Metz" });
  await suivant(page, "informations");
  await remplirInformations(page, { route: "FORMATION_CONTINUE", organisme: "AFPA" });
  await suivant(page, "qualification");
  await remplirQualification(page, /^Métiers de l.électricité/, "GLOBALE");
  await suivant(page, "acquis");
  await choisirAcquis(page, "AUCUN");
  await suivant(page, "epreuves");

  // A valid choice, then one field at a time made invalid: each refusal is that field's.
  const valide: [string, string][] = [["lva", "Anglais"], ["epsChoix", "APTE"], ["epsActivites", "Danse"], ["epsActivites", "Demi-fond"]];
  const sauf = (name: string) => valide.filter(([n]) => n !== name);
  const url = `/mes-candidatures/${id}/epreuves`;
  const cases: { name: string; fields: [string, string][]; message: RegExp }[] = [
    { name: "EPS dispense outside the experience route", fields: [["lva", "Anglais"], ["epsChoix", "DISPENSE"]], message: /La dispense d'EPS est réservée aux candidats justifiant de trois ans d'expérience professionnelle/ },
    { name: "an LVB for a one-language spécialité", fields: [...valide, ["lvb", "Espagnol"]], message: /Votre spécialité ne comporte qu'une langue vivante obligatoire/ },
    { name: "an activity not on the académie's list", fields: [...sauf("epsActivites"), ["epsActivites", "Danse"], ["epsActivites", "Natation"]], message: /L'activité « Natation » n'est pas proposée/ },
    { name: "three activities", fields: [...valide, ["epsActivites", "Tennis de table"]], message: /Choisissez deux activités différentes .* \(vous en avez choisi 3\)/ },
    { name: "a language not offered", fields: [...sauf("lva"), ["lva", "Klingon"]], message: /La langue « Klingon » n'est pas proposée en langue vivante A/ },
    { name: "a facultative not offered", fields: [...valide, ["facultatives", "MOBILITE"]], message: /L'épreuve facultative « MOBILITE » n'est pas proposée pour cette session/ },
    { name: "an LVF equal to the LVA", fields: [...valide, ["lvf", "Anglais"]], message: /La langue facultative doit être différente de la langue vivante A/ },
  ];
  for (const c of cases) {
    const { status, html } = await postForm(page, url, c.fields);
    expect(status, c.name).toBe(200);
    expect(text(html), c.name).toMatch(c.message);
    expect(text(html), c.name).toContain("Rien n'a été enregistré");
  }
  // A tampered page, posted by its own button: the same refusal beside the field.
  await page.getByLabel("Langue vivante A (LVA) *").selectOption("Anglais");
  // (After the click: React puts a radio's value back when the group changes.)
  await page.getByRole("radio", { name: /^Inapte/ }).check({ force: true });
  await page.evaluate(() => {
    const inapte = document.querySelector<HTMLInputElement>('input[name="epsChoix"][value="INAPTE"]')!;
    inapte.value = "DISPENSE";
  });
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.locator("fieldset#etape-epsChoix")).toContainText("La dispense d’EPS est réservée aux candidats justifiant de trois ans d’expérience professionnelle");

  // Nothing was saved: step 5 is still empty on the récapitulatif.
  await page.goto(`/mes-candidatures/${id}/recapitulatif`);
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "5. Épreuves" }) })).toContainText("Étape non remplie");

  // Another candidate: the candidature does not exist for them, even by a direct POST.
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const intrus = await other.newPage();
  await newCandidate(intrus, outboxDir, uniqueEmail("intrus", testInfo));
  expect((await intrus.goto(url))?.status()).toBe(404);
  // The owner's own form, posted with the intruder's cookie: the server checks who owns it.
  const formulaire = await page.evaluate(async (u) => (await (await fetch(u)).text()), url);
  const posted = await intrus.evaluate(
    async ({ url, formulaire, valide }) => {
      const form = new DOMParser().parseFromString(formulaire, "text/html").querySelector<HTMLFormElement>("main form[aria-label]")!;
      const data = new FormData();
      for (const hidden of form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) data.append(hidden.name, hidden.value);
      for (const [name, value] of valide) data.append(name!, value!);
      const response = await fetch(url, { method: "POST", body: data, redirect: "manual" });
      return response.type === "opaqueredirect" ? 303 : response.status;
    },
    { url, formulaire, valide },
  );
  // Not saved (no redirect to the next step), and the page itself does not exist for them.
  expect(posted).toBe(404);
  // The route the page's script posts Suivant to: for the intruder, the candidature is unknown
  // (JSON refusal, nothing saved); without the script's header, nothing is even read.
  const parScript = (p: Page, fields: [string, string][], enTete = true) =>
    p.evaluate(
      async ({ route, fields, enTete }) => {
        const data = new FormData();
        for (const [name, value] of fields) data.append(name, value);
        const response = await fetch(route, { method: "POST", body: data, redirect: "manual", headers: enTete ? { "x-portail-formulaire": "1", Accept: "application/json" } : {} });
        return { status: response.type === "opaqueredirect" ? 303 : response.status, body: response.type === "opaqueredirect" ? null : ((await response.json()) as { ok: boolean; state?: { formError?: string; fieldErrors?: Record<string, string> } }) };
      },
      { route: `${url}/suivant`, fields, enTete },
    );
  const intrusScript = await parScript(intrus, [["revision", "0"], ...valide]);
  expect(intrusScript.status).toBe(422);
  expect(intrusScript.body?.state?.formError).toMatch(/Cette candidature est introuvable dans votre compte/);
  expect((await parScript(intrus, valide, false)).status).toBe(303);
  // The owner's tampered combination through the same route: the rule's refusal beside its field.
  await page.goto(url);
  const revision = await page.locator('main form[aria-label] input[name="revision"]').inputValue();
  const tampered = await parScript(page, [["revision", revision], ["lva", "Anglais"], ["epsChoix", "DISPENSE"]]);
  expect(tampered.status).toBe(422);
  expect(tampered.body?.state?.fieldErrors?.epsChoix).toMatch(/La dispense d.EPS est réservée/);
  await other.close();
  const etape5 = page.locator("section", { has: page.getByRole("heading", { name: "5. Épreuves" }) });
  await page.goto(`/mes-candidatures/${id}/recapitulatif`);
  await expect(etape5).toContainText("Étape non remplie");

  // The same direct POST by the owner is saved (and redirected to the next step): the refusals
  // above were the rules', not the way of posting.
  expect((await postForm(page, url, valide)).status).toBe(303);
  await page.goto(`/mes-candidatures/${id}/recapitulatif`);
  await expect(etape5).toContainText("Danse, Demi-fond");
});
