import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  champ,
  choisirAcquis,
  expectFrenchTypography,
  newCandidate,
  plain,
  remplirEpreuves,
  remplirIdentification,
  remplirInformations,
  remplirQualification,
  startRegistration,
  suivant,
  uniqueEmail,
} from "./helpers/wizard";

// No lost update between two tabs (issue 7, point 5): two pages of the same browser (the same
// signed-in candidate) on one candidature. What the second tab to save sends is refused, with
// what was typed kept and a link to the candidature as it now stands; a récapitulatif changed
// elsewhere cannot be signed.

const MODIFIEE = "Votre candidature a été modifiée depuis l'affichage de cette page, sans doute dans un autre onglet ou une autre fenêtre : rien n'a été enregistré.";

/**
 * Clicks Suivant and waits for the server's refusal (the page stays): the script's post answered
 * 422 in JSON, or without JavaScript the server action's post answered with the page again.
 */
async function suivantRefuse(page: Page, id: string) {
  const etape = `/mes-candidatures/${id}/identification`;
  await Promise.all([
    page.waitForResponse((r) => {
      const chemin = new URL(r.url()).pathname;
      return r.request().method() === "POST" && ((chemin === `${etape}/suivant` && r.status() === 422) || (chemin === etape && r.status() === 200));
    }),
    page.getByRole("button", { name: "Suivant" }).click(),
  ]);
  await expect(page).toHaveURL(new RegExp(`/${id}/identification$`));
}

/** The second tab, watched like the fixture's page: a console error there fails the test too. */
async function secondOnglet(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

test("deux onglets : le second « Suivant » et un ENREGISTRER sur un récapitulatif dépassé sont refusés", async ({ page: a, context, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(120_000);
  await newCandidate(a, outboxDir, uniqueEmail("onglets", testInfo));
  const id = await startRegistration(a, "63000", "Clermont-Ferrand");

  // Tabs A and B show step 1; B saves first.
  const { page: b, errors } = await secondOnglet(context);
  await b.goto(`/mes-candidatures/${id}/identification`);
  await remplirIdentification(b, { codePostal: "63200", commune: "Riom" });
  await suivant(b, "informations");

  await remplirIdentification(a, { codePostal: "63000", commune: "Clermont-Ferrand" });
  await suivantRefuse(a, id);
  const alerte = a.locator("main .fr-alert--error");
  await expect(alerte).toContainText("Votre demande n’a pas abouti");
  expect(plain(await alerte.textContent())).toContain(MODIFIEE);
  // What A typed is still there, not saved.
  await expect(a.getByLabel("Commune *")).toHaveValue("Clermont-Ferrand");
  await expectAccessible(a);
  await expectFrenchTypography(a);
  // Suivant again on the same page: still refused (the link below shows B's step untouched).
  await suivantRefuse(a, id);
  expect(plain(await alerte.textContent())).toContain(MODIFIEE);

  // The link shows step 1 as B saved it; from there A's Suivant goes through.
  await alerte.getByRole("link", { name: "Afficher l’étape telle qu’elle est enregistrée" }).click();
  await expect(a.getByLabel("Commune *")).toHaveValue("Riom");
  await expect(alerte).toHaveCount(0);
  await a.getByLabel("Code postal *").fill("63000");
  await a.getByLabel("Commune *").fill("Clermont-Ferrand");
  await suivant(a, "informations");

  // One tab going back with Précédent and on again is not refused: each page carries its own revision.
  await a.getByRole("link", { name: "Précédent" }).click();
  await expect(a).toHaveURL(new RegExp(`/${id}/identification$`));
  await expect(a.getByLabel("Commune *")).toHaveValue("Clermont-Ferrand");
  await suivant(a, "informations");
  await remplirInformations(a, { route: "EXPERIENCE_PRO_3_ANS" });
  await suivant(a, "qualification");
  await remplirQualification(a, /^Métiers du commerce et de la vente option A/, "GLOBALE");
  await suivant(a, "acquis");
  await choisirAcquis(a, "AUCUN");
  await suivant(a, "epreuves");
  await remplirEpreuves(a, { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Danse", "Demi-fond"] });
  await suivant(a, "recapitulatif");
  const recapA = a.locator("main");
  await expect(recapA).toContainText("Danse, Demi-fond");

  // A reads the récapitulatif; meanwhile B changes step 5 (EPS inapte).
  await b.goto(`/mes-candidatures/${id}/epreuves`);
  await b.getByRole("radio", { name: /^Inapte/ }).check({ force: true });
  await suivant(b, "recapitulatif");
  await expect(b.locator("main")).not.toContainText("Danse, Demi-fond");

  // A signs what A read: refused, no numéro.
  await a.getByRole("button", { name: "ENREGISTRER" }).click();
  const refus = recapA.locator(".fr-alert--error");
  await expect(refus).toContainText("Votre candidature n’est pas enregistrée");
  expect(plain(await refus.textContent())).toContain(MODIFIEE);
  await expect(a).toHaveURL(new RegExp(`/${id}/recapitulatif$`));
  await expectAccessible(a);
  await expectFrenchTypography(a);

  // The link rereads the récapitulatif as it stands (B's EPS inapte); that one is signed.
  await refus.getByRole("link", { name: "Relire le récapitulatif à jour" }).click();
  await expect(recapA).not.toContainText("Danse, Demi-fond");
  await expect(recapA).toContainText("Inapte");
  await expect(refus).toHaveCount(0);
  await a.getByRole("button", { name: "ENREGISTRER" }).click();
  await expect(a).toHaveURL(/recapitulatif\?enregistree=1$/);
  await expect(recapA.locator(".fr-alert--success")).toContainText(/\d{4}-06-BACPRO-\d{6}/);
  await b.close();
  expect(errors, "browser console errors in tab B").toEqual([]);
});

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("le « Suivant » du second onglet est refusé par le serveur, ce qui a été saisi est gardé, et il le reste jusqu'au rechargement", async ({ page: a, context, outboxDir }, testInfo) => {
    test.setTimeout(120_000);
    await newCandidate(a, outboxDir, uniqueEmail("onglets-sansjs", testInfo));
    const id = await startRegistration(a, "63000", "Clermont-Ferrand");
    const { page: b, errors } = await secondOnglet(context);
    await b.goto(`/mes-candidatures/${id}/identification`);
    await remplirIdentification(b, { codePostal: "63200", commune: "Riom" });
    await suivant(b, "informations");

    await remplirIdentification(a, { codePostal: "63000", commune: "Clermont-Ferrand" });
    await suivantRefuse(a, id);
    const alerte = a.locator("main .fr-alert--error");
    expect(plain(await alerte.textContent())).toContain(MODIFIEE);
    await expect(a.getByLabel("Commune *")).toHaveValue("Clermont-Ferrand");
    await expect(champ(a, "commune")).not.toContainText("Riom");
    // The page the server drew with the refusal keeps the revision A's form came from: sending it again is refused again.
    await suivantRefuse(a, id);
    expect(plain(await alerte.textContent())).toContain(MODIFIEE);

    await alerte.getByRole("link", { name: "Afficher l’étape telle qu’elle est enregistrée" }).click();
    await expect(a.getByLabel("Commune *")).toHaveValue("Riom");
    await suivant(a, "informations");
    await b.close();
    expect(errors, "browser console errors in tab B").toEqual([]);
  });
});
