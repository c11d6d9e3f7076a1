import type { Page } from "@playwright/test";
import { signIn } from "./helpers/accounts";
import { candidatureEnregistree, choisirAcquis, demoWindow, plain, uniqueEmail, type Parcours } from "./helpers/wizard";
import { demoAccount, expect, test } from "./fixtures";

// Issue 10 §8: Nice's CAP is not advertised as open while it has no catalogue; the national admin
// gives it a spécialité and its épreuves; a candidate then registers for it through the whole
// wizard up to ENREGISTRER and gets a numéro; the spécialité, now used, is deactivated rather than
// deleted, and the CAP is no longer offered. One worker's server runs these in order.
test.describe.configure({ mode: "serial" });

const CAP = "Certificat d'aptitude professionnelle";
const SPECIALITE = { code: "50099901", libelle: "Agent d’essai polyvalent" };

/** The home page's open sessions of an académie, by exam: the links of its list (« <examen> – <session> »). */
const carteOuverte = (page: Page, academie: string, examen: string) =>
  page.getByRole("region", { name: "Inscriptions ouvertes" }).getByRole("list", { name: academie }).getByRole("link", { name: `${examen} – ` });

async function connexionNationale(page: Page) {
  const admin = demoAccount("admin.national");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/gestion$/);
}

type Epreuve = { code: string; libelle: string; disciplines: string[]; generale?: boolean; ordre: string };

async function ajouterEpreuve(page: Page, e: Epreuve, attendue: RegExp) {
  await page.locator("#epreuve-code").fill(e.code);
  await page.locator("#epreuve-libelle").fill(e.libelle);
  await page.getByRole("radio", { name: "Obligatoire" }).check({ force: true });
  for (const d of e.disciplines) await page.locator("#epreuve-disciplines").getByRole("checkbox", { name: d }).check({ force: true });
  if (e.generale) await page.getByRole("checkbox", { name: "Épreuve générale, commune aux spécialités" }).check({ force: true });
  await page.locator("#epreuve-ordre").fill(e.ordre);
  await page.getByRole("button", { name: "Ajouter l’épreuve" }).click();
  await expect(page).toHaveURL(attendue);
  await expect(page.getByRole("status").first()).toContainText("L’épreuve est ajoutée.");
}

test("l’accueil n’annonce pas le CAP de Nice tant qu’il n’a pas de catalogue : inscription auprès du rectorat, sans lien", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await expect(carteOuverte(page, "Académie de Nice", "Baccalauréat professionnel")).toHaveCount(1);
  await expect(carteOuverte(page, "Académie de Nice", CAP)).toHaveCount(0);
  const rectorat = page.getByRole("region", { name: "Inscriptions auprès du rectorat" });
  const ligne = rectorat.getByRole("row").filter({ hasText: "Académie de Nice" }).filter({ hasText: CAP });
  await expect(ligne).toHaveCount(1);
  await expect(ligne.getByRole("link")).toHaveCount(0);
  await expectAccessible();
});

test("l’administrateur national ajoute une spécialité de CAP", async ({ page, expectAccessible }) => {
  test.setTimeout(120_000);
  await connexionNationale(page);
  await page.getByRole("link", { name: /Catalogue des examens/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogue des examens");
  const sectionCap = page.getByRole("region", { name: CAP, exact: true });
  await expect(sectionCap).toContainText("Pas d’inscription en ligne");
  await expectAccessible();

  // A spécialité: a code of seven digits is refused beside its field, what was typed is kept.
  await sectionCap.getByRole("link", { name: /Ajouter une spécialité/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajouter une spécialité");
  await expectAccessible();
  await page.locator("#specialite-codeDiplome").fill("5009990");
  await page.locator("#specialite-libelle").fill(SPECIALITE.libelle);
  await page.getByRole("radio", { name: "Production" }).check({ force: true });
  await page.getByRole("radio", { name: "Une (langue vivante A)" }).check({ force: true });
  await page.getByRole("button", { name: "Ajouter la spécialité" }).click();
  await expect(page.locator(".fr-input-group:has(#specialite-codeDiplome)")).toContainText("Le code diplôme comporte 8 chiffres");
  await expect(page.locator("#specialite-libelle")).toHaveValue(SPECIALITE.libelle);
  await expect(page.getByRole("radio", { name: "Production" })).toBeChecked();
  await expectAccessible();
  await page.locator("#specialite-codeDiplome").fill(SPECIALITE.code);
  await page.getByRole("button", { name: "Ajouter la spécialité" }).click();
  await expect(page).toHaveURL(new RegExp(`/gestion/catalogue/specialites/${SPECIALITE.code}\\?enregistree=creee$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SPECIALITE.libelle);
  await expect(page.locator("main")).toContainText("elle n’a aucune épreuve obligatoire");
  await expectAccessible();
});

test("l’administrateur national donne ses épreuves à la spécialité de CAP : une de l’examen, trois qui lui sont propres", async ({ page, expectAccessible }) => {
  test.setTimeout(120_000);
  await connexionNationale(page);
  // An épreuve of the exam, every spécialité's: French, history-geography.
  await page.goto("/gestion/catalogue/cap/nouvelle-epreuve");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajouter une épreuve");
  await expectAccessible();
  await ajouterEpreuve(
    page,
    { code: "eg1", libelle: "Français, histoire-géographie et enseignement moral et civique", disciplines: ["Français", "Histoire-géographie et enseignement moral et civique"], generale: true, ordre: "3" },
    /\/gestion\/catalogue\?epreuve=creee#examen-cap$/,
  );
  await expect(page.getByRole("region", { name: CAP, exact: true }).getByRole("link", { name: /^EG1/ })).toBeVisible();

  // The spécialité's own: a professional one, the EPS and a language.
  const propres: Epreuve[] = [
    { code: "EP1", libelle: "Réalisation professionnelle", disciplines: ["Enseignement professionnel (jamais dispensé par un diplôme)"], ordre: "1" },
    { code: "EG2", libelle: "Éducation physique et sportive", disciplines: ["Éducation physique et sportive"], generale: true, ordre: "4" },
    { code: "EG3", libelle: "Langue vivante étrangère", disciplines: ["Langue vivante A"], generale: true, ordre: "5" },
  ];
  for (const e of propres) {
    await page.goto(`/gestion/catalogue/specialites/${SPECIALITE.code}`);
    await page.getByRole("link", { name: "Ajouter une épreuve à la spécialité" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajouter une épreuve");
    await ajouterEpreuve(page, e, new RegExp(`/gestion/catalogue/specialites/${SPECIALITE.code}\\?epreuve=creee$`));
  }
  await expect(page.locator("main")).toContainText("Les candidats peuvent la choisir en ligne.");
  const epreuves = page.getByRole("region", { name: "Épreuves que passent les candidats de cette spécialité" });
  for (const code of ["EP1", "EG1", "EG2", "EG3"]) await expect(epreuves).toContainText(code);
  await expectAccessible();

  // An épreuve's own page.
  await page.getByRole("link", { name: /^EP1/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("EP1 – Réalisation professionnelle");
  await expectAccessible();
});

test("un candidat s’inscrit au CAP de Nice jusqu’à ENREGISTRER et reçoit un numéro", async ({ page, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(carteOuverte(page, "Académie de Nice", CAP)).toHaveCount(1);

  const { annee } = demoWindow("23");
  const parcours: Parcours = {
    codePostal: "06000",
    commune: "Nice",
    academie: "Nice",
    examen: CAP,
    specialite: /^Agent d.essai polyvalent/,
    acquis: async (p) => {
      // The CAP's possibilities: no dispense by diploma (the bac pro's table); the épreuves are the catalogue's.
      await expect(p.getByRole("radio", { name: /titulaire d.un diplôme/ })).toHaveCount(0);
      await choisirAcquis(p, "DISPENSES_VAE");
      const vae = p.locator("#etape-vaeEpreuves");
      for (const code of ["EP1", "EG1", "EG2", "EG3"]) await expect(vae.getByRole("checkbox", { name: new RegExp(`^${code} – `) })).toHaveCount(1);
      await expect(vae).not.toContainText("E5 –");
      await p.getByLabel("Année de la décision du jury de VAE *").fill(String(annee - 1));
      await vae.getByRole("checkbox", { name: /^EP1 – / }).check({ force: true });
      await expectAccessible(p);
    },
    epreuves: { lva: "Anglais", eps: "APTE", activites: ["Danse", "Demi-fond"] },
  };
  const id = await candidatureEnregistree(page, outboxDir, uniqueEmail("cap.nice", testInfo), parcours);
  const main = page.locator("main");
  await expect(main.locator(".fr-alert--success")).toContainText("Votre candidature est enregistrée");
  await expect(main.locator(".fr-alert--success")).toContainText(/Numéro d.inscription\s*:\s*\S+/);
  const table = main.getByRole("table", { name: "Vos épreuves obligatoires" });
  await expect(table).toContainText(/EP1 – Réalisation professionnelle\s*Dispensé/);
  await expect(table).toContainText(/EG3 – Langue vivante étrangère\s*Inscrit/);
  expect(plain(await main.textContent())).not.toContain("ECT-3");
  await expectAccessible();

  // Step 5 names the CAP's épreuves, read from the catalogue.
  await page.goto(`/mes-candidatures/${id}/epreuves`);
  await expect(page.getByRole("heading", { level: 2, name: "EG3 – Langue vivante étrangère" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "EG2 – Éducation physique et sportive" })).toBeVisible();
  await expectAccessible();
});

test("la spécialité, désormais choisie, est désactivée plutôt que supprimée : le CAP n’est plus proposé", async ({ page, expectAccessible }) => {
  await connexionNationale(page);
  await page.goto(`/gestion/catalogue/specialites/${SPECIALITE.code}`);
  await expect(page.locator("main")).toContainText("1 candidature enregistrée la porte");
  await page.getByRole("button", { name: "Désactiver la spécialité" }).click();
  await expect(page).toHaveURL(/\/gestion\/catalogue\?specialite=desactivee$/);
  await expect(page.getByRole("status").first()).toContainText("elle est désactivée");
  await expect(page.getByRole("region", { name: CAP, exact: true })).toContainText("Pas d’inscription en ligne");
  await expectAccessible();

  await page.context().clearCookies();
  await page.goto("/");
  await expect(carteOuverte(page, "Académie de Nice", CAP)).toHaveCount(0);
});
