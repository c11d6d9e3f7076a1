import type { Browser, Page } from "@playwright/test";
import { instantLocal } from "../../lib/domain/candidature/fenetre";
import { extractLinks, readOutbox, waitForMail } from "../../lib/mail/read-outbox";
import { demoAccount, expect, test } from "./fixtures";
import { pagePersonnel } from "./helpers/personnel";
import { demoWindow, newCandidate, plain, startRegistration, uniqueEmail } from "./helpers/wizard";

// Issue 10 §5 through the pages: a candidate leaves a draft in Clermont-Ferrand's demo session;
// two days before it closes (the test clock), the académie's admin sends the reminders due now:
// the candidate receives one mail saying to ENREGISTRER before the closing, in Paris time, with the
// link to the draft; a second click sends nothing more.

const admin = demoAccount("admin.clermont");

/** The admin signed in a context of its own whose clock is `maintenant`. */
const connexionAdmin = (browser: Browser, baseURL: string, maintenant: string): Promise<Page> => pagePersonnel(browser, baseURL, admin, { maintenant });

test("un brouillon reçoit un seul rappel 72 h avant la clôture, envoyé par l'administrateur d'académie ; page accessible", async ({ page, browser, baseURL, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("rappel", testInfo);
  await newCandidate(page, outboxDir, email);
  const id = await startRegistration(page, "63000", "Clermont-Ferrand");

  const { closesAt } = demoWindow("06");
  const gestion = await connexionAdmin(browser, baseURL!, new Date(closesAt.getTime() - 48 * 3_600_000).toISOString());

  await test.step("la page des rappels : les échéances en heure de Paris, le rappel à 72 h en cours", async () => {
    await gestion.getByRole("link", { name: "Rappels", exact: true }).click();
    await expect(gestion).toHaveURL(/\/gestion\/rappels$/);
    await expect(gestion.getByRole("heading", { level: 1 })).toHaveText("Rappels avant les clôtures");
    const section = gestion.locator("section", { has: gestion.getByRole("heading", { name: /Baccalauréat professionnel.*démonstration/ }) });
    const ligne = section.getByRole("row", { name: /Candidature non enregistrée, 72 h/ });
    await expect(ligne).toContainText("En cours");
    expect(plain(await ligne.textContent())).toContain(plain(instantLocal(closesAt, "Europe/Paris").replace(/, heure de Paris$/, "")));
    expect(plain(await gestion.locator("main").textContent())).toContain("Les heures sont celles de l'académie (heure de Paris).");
    await expectAccessible(gestion);
  });

  await test.step("« Envoyer maintenant les rappels dus » : le candidat reçoit le rappel, avec l'échéance et le lien", async () => {
    await gestion.getByRole("button", { name: "Envoyer maintenant les rappels dus" }).click();
    await expect(gestion.getByRole("status")).toContainText(/rappels? envoyés?/);
    expect(plain(await gestion.getByRole("status").textContent())).toMatch(/\d+ \(candidature non enregistrée, à 72 h\)/);
    await expectAccessible(gestion);

    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Rappel" }, 30_000);
    expect(plain(mail.subject)).toBe("Rappel : candidature non enregistrée – Baccalauréat professionnel");
    expect(plain(mail.text)).toContain(`avant la clôture des inscriptions, le ${plain(instantLocal(closesAt, "Europe/Paris"))}.`);
    expect(plain(mail.text)).toContain("« ENREGISTRER »");
    const lien = extractLinks(mail.text).find((l) => new URL(l).pathname === `/mes-candidatures/${id}`);
    expect(lien, mail.text).toBeDefined();
    await page.goto(lien!);
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/identification$`));
  });

  await test.step("un second clic n'envoie rien : un seul rappel dans la boîte d'envoi", async () => {
    await gestion.getByRole("button", { name: "Envoyer maintenant les rappels dus" }).click();
    await expect(gestion.getByRole("status")).toContainText("Aucun rappel");
    expect(plain(await gestion.getByRole("status").textContent())).toBe("Aucun rappel n'était dû : aucun courriel envoyé.");
    expect(await readOutbox(outboxDir, { to: email, subjectIncludes: "Rappel" })).toHaveLength(1);
  });
  await gestion.context().close();
});
