// Helpers of the wizard specs: a fresh candidate created, activated and signed in through the
// pages (the e2e server owns its database), the demo sessions' windows as the server seeded them
// this morning, and the steps filled as a candidate would.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { localToInstant } from "../../../lib/domain/calendar";
import { ACQUIS_LIBELLES, EPS_LIBELLES, ETAPES, FORME_LIBELLES, ROUTE_LIBELLES } from "../../../lib/domain/candidature/libelles";
import type { AcquisType, EpsChoix, FormePassage, Route } from "../../../lib/domain/candidature/types";
import { findAcademieByCode } from "../../../lib/domain/data/academies";
import { demoSessions } from "../../../lib/domain/data/sessions";
import { extractLinks, waitForMail } from "../../../lib/mail/read-outbox";

export const PASSWORD = "Essai-Wizard-2026!";

/** Text with no-break spaces and typographic apostrophes made plain, for readable assertions. */
export const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

export function uniqueEmail(prefix: string, testInfo: TestInfo): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}.w${testInfo.parallelIndex}@example.fr`;
}

/** A new candidate, created with the account form, activated from the outbox, and signed in. */
export async function newCandidate(page: Page, outboxDir: string, email: string, { dateNaissance = "14/03/2001" } = {}): Promise<void> {
  await page.goto("/creer-compte");
  await page.getByLabel("Civilité *").selectOption("MONSIEUR");
  await page.getByLabel("Nom de famille *").fill("Candidat");
  await page.getByLabel("Confirmation du nom de naissance *").fill("Candidat");
  await page.getByLabel("Prénoms *").fill("Dominique");
  await page.getByLabel("Date de naissance *", { exact: false }).first().fill(dateNaissance);
  await page.getByLabel("Confirmation date de naissance *").fill(dateNaissance);
  await page.getByLabel("Pays de naissance *").selectOption("FR");
  await page.getByLabel("Adresse mail *", { exact: false }).first().fill(email);
  await page.getByLabel("Confirmation de l'adresse mail *").fill(email);
  await page.locator("#creer-password").fill(PASSWORD);
  await page.locator("#creer-passwordConfirmation").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/creer-compte\/courriel-envoye$/);
  const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Activez votre compte" });
  const link = extractLinks(mail.text).find((l) => new URL(l).pathname === "/activer");
  if (!link) throw new Error(`Pas de lien d'activation dans : ${mail.text}`);
  await page.goto(link);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/connexion\?compte=active$/);
  await page.getByLabel("Adresse mail *").fill(email);
  await page.locator("#connexion-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/mon-compte$/);
}

/** The registration window of an académie's bac pro demo session, as seeded today. */
export function demoWindow(academieCode: string): { opensAt: Date; closesAt: Date; annee: number } {
  const session = demoSessions(new Date()).find((s) => s.academieCode === academieCode && s.examen === "BAC_PRO");
  const zone = findAcademieByCode(academieCode)?.timeZone;
  if (!session || !zone) throw new Error(`Pas de session de démonstration pour ${academieCode}`);
  const at = (local: string) => {
    const r = localToInstant(local, zone);
    if (!r.ok) throw new Error(r.message);
    return r.instant;
  };
  return { opensAt: at(session.inscriptionOuvertureLocal), closesAt: at(session.inscriptionClotureLocal), annee: session.annee };
}

/** From "M'inscrire" to step 1: postal code → académie → the exam's session (bac pro unless said) → Modalités accepted. */
export async function startRegistration(
  page: Page,
  codePostal: string,
  academie: string,
  check?: () => Promise<void>,
  checkModalites?: () => Promise<void>,
  examen = "Baccalauréat professionnel",
): Promise<string> {
  await page.goto("/inscription");
  await page.getByLabel("Code postal de votre domicile").fill(codePostal);
  await page.getByRole("button", { name: "Afficher les sessions ouvertes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`Inscriptions ouvertes – Académie d(e |’|')${academie}`) })).toBeVisible();
  await check?.();
  await page.locator("li", { hasText: examen }).getByRole("link", { name: /Choisir cette session/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modalités d’inscription");
  await checkModalites?.();
  await page.getByText(/J.ai lu les modalités d.inscription/).click();
  await page.getByRole("button", { name: "Commencer mon inscription" }).click();
  await expect(page).toHaveURL(/\/mes-candidatures\/[^/]+\/identification$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

export async function suivant(page: Page, attendu: string): Promise<void> {
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page).toHaveURL(new RegExp(`/${attendu}$`));
  // Next commits a navigation's content, then its <title>: the step is on screen once both are.
  const etape = ETAPES.find((e) => e.key === attendu);
  if (etape) await expect(page).toHaveTitle(new RegExp(`^Étape\\s${etape.numero}\\ssur\\s6\\s*:\\s*${etape.titre}`));
}

export async function remplirIdentification(page: Page, { codePostal, commune, pcs = "61" }: { codePostal: string; commune: string; pcs?: string }) {
  await page.getByLabel("Adresse (numéro et voie) *").fill("3 place de l’Essai");
  await page.getByLabel("Code postal *").fill(codePostal);
  await page.getByLabel("Commune *").fill(commune);
  await page.getByLabel("Catégorie socio-professionnelle d’un représentant légal *").selectOption(pcs);
  await page.getByLabel("Téléphone *").fill("06 12 34 56 78");
}

export async function remplirInformations(
  page: Page,
  { route, organisme, precedente }: { route: Route; organisme?: string; precedente?: { annee: number; forme: FormePassage; ajourne: boolean } },
) {
  await page.getByRole("radio", { name: ROUTE_LIBELLES[route] }).check({ force: true });
  if (organisme) await page.getByLabel("Établissement ou organisme de formation *").fill(organisme);
  if (precedente) {
    await page.getByLabel("Année de votre dernière session *").fill(String(precedente.annee));
    await page.locator("#etape-formePrecedente").getByRole("radio", { name: FORME_LIBELLES[precedente.forme] }).check({ force: true });
    await page.locator("#etape-ajourne").getByRole("radio", { name: precedente.ajourne ? "Oui" : "Non" }).check({ force: true });
  }
  await page.locator("#etape-handicap").getByRole("radio", { name: "Non" }).check({ force: true });
  await page.getByRole("checkbox", { name: /Je déclare être en règle/ }).check({ force: true });
  await page.getByRole("checkbox", { name: "sur internet" }).check({ force: true });
}

export async function remplirQualification(page: Page, specialite: RegExp, forme: FormePassage) {
  const select = page.getByLabel("Spécialité *");
  const option = (await select.locator("option").allTextContents()).find((t) => specialite.test(t));
  if (!option) throw new Error(`Spécialité ${specialite} absente de la liste`);
  await select.selectOption({ label: option });
  await page.getByRole("radio", { name: FORME_LIBELLES[forme] }).check({ force: true });
}

export async function choisirAcquis(page: Page, type: AcquisType) {
  await page.getByRole("radio", { name: ACQUIS_LIBELLES[type] }).check({ force: true });
}

export type ChoixEpreuves = { lva?: string; lvb?: string; lvf?: string; eps?: EpsChoix; activites?: string[] };

/** Step 5: the languages and the EPS the spécialité asks (a CAP's may ask neither). */
export async function remplirEpreuves(page: Page, { lva, lvb, lvf, eps, activites = [] }: ChoixEpreuves) {
  if (lva) await page.getByLabel("Langue vivante A (LVA) *").selectOption(lva);
  if (lvb) await page.getByLabel("Langue vivante B (LVB) *").selectOption(lvb);
  if (lvf) await page.getByLabel("Langue vivante facultative (LVF, épreuve orale)").selectOption(lvf);
  if (eps) await page.getByRole("radio", { name: EPS_LIBELLES[eps] }).check({ force: true });
  for (const a of activites) await page.locator("#etape-epsActivites").getByRole("checkbox", { name: a }).check({ force: true });
}

/** French typography in the page's own content: no ordinary space before « : ; ! ? » nor inside « ». */
export async function expectFrenchTypography(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text.match(/.{0,30}(?: [:;!?»]|« ).{0,30}/g) ?? [], "espaces ordinaires avant : ; ! ? » ou après «").toEqual([]);
}

/** The field's group (input, select or fieldset), where its error message shows. */
export function champ(page: Page, name: string) {
  const id = `[id="etape-${name}"]`;
  return page.locator(`.fr-input-group:has(${id}), .fr-select-group:has(${id}), fieldset${id}`).first();
}

/** What a candidate registers for, and answers, through the whole wizard. */
export type Parcours = {
  codePostal: string;
  commune: string;
  academie: string;
  /** The exam's name, as the session is listed in « M'inscrire ». */
  examen: string;
  specialite: RegExp;
  /** Step 4 (the acquis type chosen, then what it asks); "Je n'ai ni bénéfice de notes ni dispense" by default. */
  acquis?: (page: Page) => Promise<void>;
  epreuves: ChoixEpreuves;
};

/** Clermont-Ferrand's bac pro, tertiary (MCV A: LVA + LVB), EPS apte: CINSIG01, 1NATID01 and CERTRV01 go online. */
export const CLERMONT_BAC_PRO: Parcours = {
  codePostal: "63000",
  commune: "Clermont-Ferrand",
  academie: "Clermont-Ferrand",
  examen: "Baccalauréat professionnel",
  specialite: /^Métiers du commerce et de la vente option A/,
  epreuves: { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Danse", "Demi-fond"] },
};

/**
 * A new candidate (three years' experience) registered through the whole wizard, up to ENREGISTRER,
 * for Clermont-Ferrand's bac pro unless another parcours is given; returns the candidature's id.
 */
export async function candidatureEnregistree(page: Page, outboxDir: string, email: string, parcours: Parcours = CLERMONT_BAC_PRO): Promise<string> {
  await newCandidate(page, outboxDir, email);
  const id = await startRegistration(page, parcours.codePostal, parcours.academie, undefined, undefined, parcours.examen);
  await remplirIdentification(page, { codePostal: parcours.codePostal, commune: parcours.commune });
  await suivant(page, "informations");
  await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
  await suivant(page, "qualification");
  await remplirQualification(page, parcours.specialite, "GLOBALE");
  await suivant(page, "acquis");
  await (parcours.acquis ?? ((p) => choisirAcquis(p, "AUCUN")))(page);
  await suivant(page, "epreuves");
  await remplirEpreuves(page, parcours.epreuves);
  await suivant(page, "recapitulatif");
  await page.getByRole("button", { name: "ENREGISTRER" }).click();
  await expect(page).toHaveURL(/recapitulatif\?enregistree=1$/);
  return id;
}
