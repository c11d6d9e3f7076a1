import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newCandidate, uniqueEmail } from "./helpers/wizard";

// The whole wizard, from "M'inscrire" to ENREGISTRER, with the keyboard alone: Tab to move,
// typing in fields and lists, arrows and Space for radios and boxes, Enter on links and buttons.

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has the focus (failing if it never comes). */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Focus jamais atteint : ${target}`);
}

async function taper(page: Page, field: Locator, value: string) {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(value);
}

/** A radio group: Tab lands on it, the arrows move the choice. */
async function radio(page: Page, name: string, value: string) {
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name)) break;
    await page.keyboard.press("Tab");
  }
  const target = group.and(page.locator(`[value="${value}"]`));
  for (let i = 0; i < 10 && !(await isFocused(target)); i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await expect(target).toBeChecked();
}

async function caseACocher(page: Page, box: Locator) {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** A closed list: Home then the down arrow, as many times as the option's rank. */
async function liste(page: Page, select: Locator, label: string) {
  const rank = (await select.locator("option").allTextContents()).indexOf(label);
  expect(rank, label).toBeGreaterThan(0);
  await tabTo(page, select);
  await page.keyboard.press("Home");
  for (let i = 0; i < rank; i++) await page.keyboard.press("ArrowDown");
  await expect(select.locator("option:checked")).toHaveText(label);
}

async function entree(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

test("l'inscription complète au clavier seul", async ({ page, outboxDir }, testInfo) => {
  test.setTimeout(120_000);
  await newCandidate(page, outboxDir, uniqueEmail("clavier", testInfo));
  await page.goto("/inscription");
  const main = page.locator("main");

  await taper(page, page.getByLabel("Code postal de votre domicile"), "06000");
  await page.keyboard.press("Enter");
  await expect(main).toContainText("Le code postal 06000 relève de l’académie de Nice");
  await entree(page, main.locator("li", { hasText: "Baccalauréat professionnel –" }).getByRole("link", { name: /Choisir cette session/ }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modalités d’inscription");
  await caseACocher(page, page.getByRole("checkbox", { name: /J.ai lu les modalités/ }));
  await entree(page, page.getByRole("button", { name: "Commencer mon inscription" }));
  await expect(page).toHaveURL(/\/identification$/);

  await taper(page, page.getByLabel("Adresse (numéro et voie) *"), "5 avenue de l’Essai");
  await taper(page, page.getByLabel("Code postal *"), "06000");
  await taper(page, page.getByLabel("Commune *"), "Nice");
  await liste(page, page.getByLabel(/Catégorie socio-professionnelle/), "Employés de commerce");
  await taper(page, page.getByLabel("Téléphone *"), "0612345678");
  await entree(page, page.getByRole("button", { name: "Suivant" }));
  await expect(page).toHaveURL(/\/informations$/);

  await radio(page, "typeCandidature", "ENSEIGNEMENT_A_DISTANCE");
  await taper(page, page.getByLabel("Établissement ou organisme de formation *"), "CNED");
  await radio(page, "handicap", "non");
  await caseACocher(page, page.getByRole("checkbox", { name: /Je déclare être en règle/ }));
  await entree(page, page.getByRole("button", { name: "Suivant" }));
  await expect(page).toHaveURL(/\/qualification$/);

  await liste(page, page.getByLabel("Spécialité *"), "Métiers de la coiffure");
  await radio(page, "formePassage", "GLOBALE");
  await entree(page, page.getByRole("button", { name: "Suivant" }));
  await expect(page).toHaveURL(/\/acquis$/);

  await radio(page, "type", "AUCUN");
  await entree(page, page.getByRole("button", { name: "Suivant" }));
  await expect(page).toHaveURL(/\/epreuves$/);

  await liste(page, page.getByLabel("Langue vivante A (LVA) *"), "Anglais");
  await liste(page, page.getByLabel("Langue vivante B (LVB) *"), "Espagnol");
  await radio(page, "epsChoix", "APTE");
  await caseACocher(page, page.locator("#etape-epsActivites").getByRole("checkbox", { name: "Danse" }));
  await caseACocher(page, page.locator("#etape-epsActivites").getByRole("checkbox", { name: "Tennis de table" }));
  await entree(page, page.getByRole("button", { name: "Suivant" }));
  await expect(page).toHaveURL(/\/recapitulatif$/);

  await entree(page, page.getByRole("button", { name: "ENREGISTRER" }));
  await expect(main.locator(".fr-alert--success")).toContainText(/\d{4}-23-BACPRO-\d{6}/);
});
