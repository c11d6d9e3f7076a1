// Account pages as a person uses them: the creation form, the activation link from the outbox,
// sign-in, and forms answered through useActionState. Shared by the account specs.
import type { Locator, Page } from "@playwright/test";
import { extractLinks, waitForMail } from "../../../lib/mail/read-outbox";
import { expect } from "../fixtures";

export const PASSWORD = "Essai-Compte-2026!";

/** An address no other test of this worker's server uses. */
export function uniqueEmail(prefix: string, workerIndex: number): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}.w${workerIndex}@example.fr`;
}

/** Text with no-break spaces and typographic apostrophes made plain, for readable assertions. */
export const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

export async function fillCreationForm(page: Page, email: string, overrides: Partial<Record<string, string>> = {}) {
  const v = {
    civilite: "MADAME",
    nom: "Exemple",
    nomConfirmation: "Exemple",
    prenoms: "Camille Marie",
    date: "14/03/2001",
    dateConfirmation: "14/03/2001",
    pays: "FR",
    email,
    emailConfirmation: email,
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    ...overrides,
  };
  await page.getByLabel("Civilité *").selectOption(v.civilite);
  await page.getByLabel("Nom de famille *").fill(v.nom);
  await page.getByLabel("Confirmation du nom de naissance *").fill(v.nomConfirmation);
  await page.getByLabel("Prénoms *").fill(v.prenoms);
  await page.getByLabel("Date de naissance *", { exact: false }).first().fill(v.date);
  await page.getByLabel("Confirmation date de naissance *").fill(v.dateConfirmation);
  await page.getByLabel("Pays de naissance *").selectOption(v.pays);
  await page.getByLabel("Adresse mail *", { exact: false }).first().fill(v.email);
  await page.getByLabel("Confirmation de l'adresse mail *").fill(v.emailConfirmation);
  await page.locator("#creer-password").fill(v.password);
  await page.locator("#creer-passwordConfirmation").fill(v.passwordConfirmation);
}

export async function activationLink(outboxDir: string, email: string): Promise<string> {
  const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Activez votre compte" });
  const link = extractLinks(mail.text).find((l) => new URL(l).pathname === "/activer");
  if (!link) throw new Error(`Pas de lien d'activation dans : ${mail.text}`);
  return link;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse mail *").fill(email);
  await page.locator("#connexion-password").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/** A new candidate account, created and activated through the pages. */
export async function createActivatedAccount(page: Page, outboxDir: string, email: string) {
  await page.goto("/creer-compte");
  await fillCreationForm(page, email);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/creer-compte\/courriel-envoye$/);
  await page.goto(await activationLink(outboxDir, email));
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/connexion\?compte=active$/);
}

/** Submits a form handled by useActionState and waits for its answer (the form is re-keyed on each one). */
export async function submitAndWait(page: Page, button: Locator) {
  const form = page.locator("main form", { has: button });
  await form.evaluate((f) => f.setAttribute("data-avant-reponse", ""));
  await button.click();
  await expect(page.locator("main form[data-avant-reponse]")).toHaveCount(0);
}

