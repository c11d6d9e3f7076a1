import type { Browser, Page } from "@playwright/test";
import { expect } from "../fixtures";

// Staff sign in the same way in every back-office spec: one helper, so that a change of the
// sign-in form is made once.

export type Compte = { readonly email: string; readonly password: string };

/** Signs a staff account in on `page`, landing on /gestion. */
export async function connecterPersonnel(page: Page, compte: Compte): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse mail *").fill(compte.email);
  await page.locator("#connexion-password").fill(compte.password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/gestion$/);
}

/**
 * A staff account signed in a browser context of its own (beside the candidate's page), whose
 * clock (TEST_CLOCK cookie) is `maintenant` when given, set before signing in: a session opened at
 * another instant would have expired. Its console errors fail the test when the context closes.
 */
export async function pagePersonnel(browser: Browser, baseURL: string, compte: Compte, { maintenant }: { maintenant?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  if (maintenant) await context.addCookies([{ name: "portail-test-now", value: maintenant, url: baseURL }]);
  const page = await context.newPage();
  const erreurs: string[] = [];
  page.on("pageerror", (e) => erreurs.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) erreurs.push(m.text());
  });
  await connecterPersonnel(page, compte);
  context.on("close", () => expect(erreurs, "browser console errors (gestion)").toEqual([]));
  return page;
}
