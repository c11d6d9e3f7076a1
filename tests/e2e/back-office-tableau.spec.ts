import type { Browser, Page } from "@playwright/test";
import { formatDateFr } from "../../lib/domain/calendar";
import { jourLocal } from "../../lib/domain/gestion/tableau-de-bord";
import { demoAccount, expect, test } from "./fixtures";
import { connecterPersonnel } from "./helpers/personnel";
import {
  choisirAcquis,
  newCandidate,
  remplirEpreuves,
  remplirIdentification,
  remplirInformations,
  remplirQualification,
  startRegistration,
  suivant,
  uniqueEmail,
} from "./helpers/wizard";

// Issue 9 §1 and §8: the dashboard of a Clermont-Ferrand manager, its chart's figures in a table
// that a registration made meanwhile moves by one; the académie's admin assigns a spécialité to
// that manager. Axe finds nothing on either page.

const GESTION = demoAccount("gestion.clermont");
const ADMIN = demoAccount("admin.clermont");

const signInStaff = connecterPersonnel;

/** Today's row of the chart's table: the number of first registrations. */
async function inscriptionsDuJour(page: Page): Promise<number> {
  await page.goto("/gestion/tableau-de-bord");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
  const tableau = page.getByRole("table", { name: "Premières inscriptions par jour" });
  await expect(tableau).toBeHidden();
  await page.getByText("Voir les chiffres du graphique (tableau)").click();
  await expect(tableau).toBeVisible();
  const rows = tableau.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  const aujourdhui = formatDateFr(jourLocal(new Date(), "Europe/Paris"));
  const ligne = tableau.locator("tbody tr", { has: page.getByRole("rowheader", { name: aujourdhui, exact: true }) });
  await expect(ligne).toHaveCount(1);
  // The last row is today: the chart ends on the current day while the window is open.
  await expect(rows.last().getByRole("rowheader")).toHaveText(aujourdhui);
  return Number(await ligne.getByRole("cell").textContent());
}

async function inscrire(browser: Browser, baseURL: string, outboxDir: string, email: string) {
  const context = await browser.newContext({ baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await newCandidate(page, outboxDir, email);
  await startRegistration(page, "63000", "Clermont-Ferrand");
  await remplirIdentification(page, { codePostal: "63000", commune: "Clermont-Ferrand" });
  await suivant(page, "informations");
  await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
  await suivant(page, "qualification");
  await remplirQualification(page, /^Métiers du commerce et de la vente option A/, "GLOBALE");
  await suivant(page, "acquis");
  await choisirAcquis(page, "AUCUN");
  await suivant(page, "epreuves");
  await remplirEpreuves(page, { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Danse", "Demi-fond"] });
  await suivant(page, "recapitulatif");
  await page.getByRole("button", { name: "ENREGISTRER" }).click();
  await expect(page).toHaveURL(/recapitulatif\?enregistree=1$/);
  await context.close();
}

test("le tableau de bord d'un gestionnaire : les chiffres du graphique dans un tableau, chaque compte menant à la liste filtrée", async ({
  page,
  browser,
  baseURL,
  outboxDir,
  expectAccessible,
}, testInfo) => {
  test.setTimeout(120_000);
  await signInStaff(page, GESTION);
  const avant = await inscriptionsDuJour(page);
  await expect(page.getByText(/^Chiffres de l’académie de Clermont-Ferrand le /)).toBeVisible();
  await expectAccessible();

  await inscrire(browser, baseURL!, outboxDir, uniqueEmail("tableau-de-bord", testInfo));

  expect(await inscriptionsDuJour(page)).toBe(avant + 1);
  // The chart is one image, named, with the figures summed up beside it; no chart script.
  const graphique = page.getByRole("img", { name: "Premières inscriptions par jour" });
  await expect(graphique).toBeVisible();
  await expect(page.locator("figcaption")).toContainText("première");
  expect(await graphique.locator("rect").count()).toBeGreaterThanOrEqual(1);

  // Every count is a link to the list, filtered in its URL; the figures are the whole académie's,
  // and so is the list they open (portefeuille=0, whatever the manager's portfolio).
  const statuts = page.getByRole("table", { name: "Candidatures par statut" });
  await expect(statuts.getByRole("link", { name: /candidatures au statut Enregistrée$/ })).toHaveAttribute("href", "/gestion/candidatures?statut=ENREGISTREE&portefeuille=0");
  await expect(page.getByRole("link", { name: /^\d+ dossiers? avec des pièces à contrôler$/ })).toHaveAttribute("href", "/gestion/candidatures?pieces=a-controler&portefeuille=0");
  await expect(page.getByRole("link", { name: /^\d+ pièces? à contrôler$/ })).toHaveAttribute("href", "/gestion/pieces?portefeuille=0");
  const sessions = page.getByRole("table", { name: "Candidatures par session et par statut" });
  await expect(sessions.getByRole("link").first()).toHaveAttribute("href", /^\/gestion\/candidatures\?session=\w+&portefeuille=0$/);
  await expectAccessible();
});

test("l'administrateur de l'académie attribue une spécialité au portefeuille d'un gestionnaire", async ({ page, expectAccessible }) => {
  await signInStaff(page, ADMIN);
  await page.goto("/gestion/portefeuilles");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portefeuilles des gestionnaires");
  await expectAccessible();

  const section = page.getByRole("region", { name: /Dominique Essai/ });
  await section.getByText("Modifier le portefeuille de Dominique Essai").click();
  const formulaire = section.getByRole("form", { name: "Portefeuille de Dominique Essai" });
  const groupe = formulaire.getByRole("group", { name: "Bac pro" });
  await expect(groupe).toBeVisible();
  const choix = groupe.getByLabel(/^Métiers du commerce et de la vente option A/);
  await expect(choix).not.toBeChecked();
  // DSFR draws the box on the label, which takes the click.
  await groupe.getByText(/^Métiers du commerce et de la vente option A/).click();
  await expect(choix).toBeChecked();
  await formulaire.getByRole("button", { name: "Enregistrer le portefeuille de Dominique Essai" }).click();
  await expect(section.getByRole("status")).toContainText("Portefeuille enregistré");
  await expect(section.getByText(/Métiers du commerce et de la vente option A/).first()).toBeVisible();
  await expect(section.locator(".fr-tags-group")).toContainText("Métiers du commerce et de la vente option A");
  await expectAccessible();
});
