import { readFileSync } from "node:fs";
import { pdfText } from "../fixtures/pdf";
import { expect, test } from "./fixtures";
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

// Issue 8 §1–2 in a browser: after ENREGISTRER the récapitulatif offers the sealed confirmation;
// its verification code opens /verifier/<code>, which says « authentique » for that code and for
// the file as downloaded, « non reconnu » for an unknown code or a changed byte; axe on each page.

test("confirmation d’inscription : téléchargée depuis le récapitulatif, vérifiée sur /verifier", async ({ page, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(180_000);
  await newCandidate(page, outboxDir, uniqueEmail("confirmation", testInfo));
  const id = await startRegistration(page, "63000", "Clermont-Ferrand");
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
  await expect(page.getByRole("link", { name: /Télécharger la confirmation/ })).toHaveCount(0);
  await page.getByRole("button", { name: "ENREGISTRER" }).click();
  await expect(page).toHaveURL(/recapitulatif\?enregistree=1$/);

  const lien = page.getByRole("link", { name: /Télécharger la confirmation d’inscription \(version 1\)/ });
  await expect(lien).toBeVisible();
  await expectAccessible();
  const [download] = await Promise.all([page.waitForEvent("download"), lien.click()]);
  expect(download.suggestedFilename()).toMatch(/^confirmation-inscription-\d{4}-\d{2}-BACPRO-\d{6}-v1\.pdf$/);
  const bytes = readFileSync(await download.path());
  const text = (await pdfText(bytes)).replace(/[\s\u00a0\u202f]+/g, " ");
  expect(text).toContain("Dominique");
  expect(text).toContain("Danse, Demi-fond");
  const numero = /\d{4}-\d{2}-BACPRO-\d{6}/.exec(text)?.[0];
  const code = /Code de vérification : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1];
  expect(numero && code, "numéro et code de vérification imprimés").toBeTruthy();

  // Served to its owner only, as an attachment the browser does not sniff, kept by no shared cache.
  const reponse = await page.request.get(`/mes-candidatures/${id}/confirmation/1`);
  expect(reponse.status()).toBe(200);
  expect(reponse.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    "content-disposition": expect.stringMatching(/^attachment; filename="confirmation-inscription-.*-v1\.pdf"$/),
  });
  expect(Buffer.from(await reponse.body()).equals(bytes), "the stored file, the same at every download").toBe(true);
  expect((await page.request.get(`/mes-candidatures/${id}/confirmation/2`)).status()).toBe(404);

  // The code as a QR code would open it.
  await page.goto(`/verifier/${code}`);
  await expect(page.getByRole("heading", { level: 2, name: "Confirmation d’inscription authentique" })).toBeVisible();
  const main = page.locator("main");
  await expect(main).toContainText(numero!);
  await expect(main).toContainText("Académie de Clermont-Ferrand");
  await expect(main).toContainText("D*** C***");
  await expect(main).toContainText(/Document généré le\s:\s.+, heure de Paris/);
  await expect(main).not.toContainText("Dominique");
  await expectAccessible();

  // The file as downloaded is authentique; one changed byte is not.
  const fichier = page.getByLabel("Fichier PDF de la confirmation");
  await fichier.setInputFiles({ name: "confirmation.pdf", mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Contrôler le fichier" }).click();
  await expect(page.getByRole("heading", { name: "Fichier authentique" })).toBeVisible();
  await expectAccessible();
  const modifie = Buffer.from(bytes);
  modifie[2000] = modifie[2000]! ^ 0x20;
  await page.getByLabel("Fichier PDF de la confirmation").setInputFiles({ name: "confirmation.pdf", mimeType: "application/pdf", buffer: modifie });
  await page.getByRole("button", { name: "Contrôler le fichier" }).click();
  await expect(page.getByRole("heading", { name: "Fichier non reconnu" })).toBeVisible();
  await expectAccessible();

  // An unknown code.
  await page.goto("/verifier/ZZZZ-ZZZZ-ZZZZ");
  await expect(page.getByRole("heading", { level: 2, name: "Document non reconnu" })).toBeVisible();
  await expectAccessible();

  // A code typed from paper, in lower case and without dashes.
  await page.goto("/verifier");
  await expectAccessible();
  await page.getByLabel("Code de vérification").fill(code!.toLowerCase().replace(/-/g, ""));
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page).toHaveURL(new RegExp(`/verifier/${code}$`));
  await expect(page.getByRole("heading", { level: 2, name: "Confirmation d’inscription authentique" })).toBeVisible();
});
