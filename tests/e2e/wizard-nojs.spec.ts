import { waitForMail } from "../../lib/mail/read-outbox";
import { expect, test } from "./fixtures";
import { champ, choisirAcquis, newCandidate, remplirIdentification, remplirQualification, startRegistration, suivant, uniqueEmail } from "./helpers/wizard";

// Without JavaScript: plain forms posting to the server actions, the conditional fields shown by
// CSS alone, refusals rendered by the server with what was typed. (axe needs JavaScript in the
// page: the same pages are checked with it in wizard.spec.ts.)

test.use({ javaScriptEnabled: false });

test("sans JavaScript : enseignement à distance, handicap, dispenses d'un diplôme, EPS adaptée", async ({ page, outboxDir }, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("sansjs", testInfo);
  await newCandidate(page, outboxDir, email);
  const id = await startRegistration(page, "13001", "Aix-Marseille");
  await remplirIdentification(page, { codePostal: "13001", commune: "Marseille" });
  await suivant(page, "informations");

  const organisme = page.getByLabel("Établissement ou organisme de formation *");
  await expect(organisme).toBeHidden();
  await page.getByRole("radio", { name: /enseignement à distance/ }).check({ force: true });
  await expect(organisme).toBeVisible();
  await page.locator("#etape-handicap").getByRole("radio", { name: "Oui" }).check({ force: true });
  await page.getByRole("checkbox", { name: /Je déclare être en règle/ }).check({ force: true });
  // No organisme, no answer on the aménagement: refused by the server, choices kept.
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page).toHaveURL(new RegExp(`/${id}/informations$`));
  await expect(champ(page, "organisme")).toContainText("Indiquez le nom de votre organisme d’enseignement à distance");
  await expect(champ(page, "amenagementExistant")).toContainText("Indiquez si vous bénéficiez déjà d’un aménagement");
  await expect(page.getByRole("radio", { name: /enseignement à distance/ })).toBeChecked();
  await organisme.fill("CNED");
  await page.locator("#etape-amenagementExistant").getByRole("radio", { name: "Oui" }).check({ force: true });
  await suivant(page, "qualification");

  await remplirQualification(page, /^Assistance à la gestion des organisations/, "GLOBALE");
  await suivant(page, "acquis");

  await choisirAcquis(page, "DISPENSES_DIPLOME");
  await page.getByLabel("Diplôme dont vous êtes titulaire *").selectOption("BAC_GENERAL");
  for (const d of ["Français", "Langue vivante B"]) await page.locator("#etape-disciplines").getByRole("checkbox", { name: d, exact: true }).check({ force: true });
  await suivant(page, "epreuves");

  await expect(page.getByRole("table")).toContainText(/E4 – Langues vivantes\s*Inscrit \(dispensé de langue vivante B\)/);
  await page.getByLabel("Langue vivante A (LVA) *").selectOption("Anglais");
  await page.getByLabel("Langue vivante B (LVB) *").selectOption("Allemand");
  await page.getByRole("radio", { name: /Épreuve adaptée/ }).check({ force: true });
  await page.getByRole("radio", { name: "Natation 250 mètres" }).check({ force: true });
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(champ(page, "epsNotificationMdph")).toContainText("notification de la MDPH");
  await page.getByRole("checkbox", { name: /notification de la MDPH/ }).check({ force: true });
  await suivant(page, "recapitulatif");

  const main = page.locator("main");
  for (const t of ["CNED", "Natation 250 mètres", "Notification de la MDPH", "Notification d’aménagement d’épreuves", "Copie des diplômes permettant des dispenses d’épreuves"]) await expect(main).toContainText(t);
  await page.getByRole("button", { name: "ENREGISTRER" }).click();
  await expect(main.locator(".fr-alert--success")).toContainText(/\d{4}-02-BACPRO-\d{6}/);
  await waitForMail(outboxDir, { to: email, subjectIncludes: "Confirmation d'inscription" });
});
