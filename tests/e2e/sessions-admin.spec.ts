import type { Page } from "@playwright/test";
import { formatWindowFr, localToInstant } from "../../lib/domain/calendar";
import { demoAccount, expect, test } from "./fixtures";
import { connecterPersonnel, pagePersonnel } from "./helpers/personnel";
import { callServerAction, readServerActions } from "./helpers/server-actions";
import { newCandidate, plain, remplirIdentification, remplirInformations, startRegistration, suivant, uniqueEmail } from "./helpers/wizard";

// Issue 10 §1–4: an académie's admin creates a session in its own local time and sees it in words,
// publishes it and the home page shows it; extends a deadline after an outage, and a candidate
// refused a second after the old closing can then save; Nice's admin never reaches Nancy-Metz's sessions.

const PARIS = "Europe/Paris";
const instant = (local: string) => {
  const r = localToInstant(local, PARIS);
  if (!r.ok) throw new Error(r.message);
  return r.instant;
};

const signInStaff = (page: Page, name: Parameters<typeof demoAccount>[0]) => connecterPersonnel(page, demoAccount(name));

/** Creates and publishes a bac pro session of the signed-in admin's académie; returns its admin page path. */
async function creerEtPublier(page: Page, annee: number, ouverture: string, cloture: string): Promise<string> {
  await page.goto("/gestion/sessions/nouvelle");
  await page.getByLabel("Examen *").selectOption("BAC_PRO");
  await page.getByLabel("Année de la session *").fill(String(annee));
  await page.getByLabel("Nom de la session *").fill(`Session ${annee}`);
  await page.getByLabel("Ouverture des inscriptions *").fill(ouverture);
  await page.getByLabel("Clôture des inscriptions *").fill(cloture);
  await page.getByRole("button", { name: "Créer la session" }).click();
  await expect(page).toHaveURL(/\/gestion\/sessions\/[^/?]+\?creee=1$/);
  await page.getByRole("button", { name: "Publier la session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session publiée" })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("un administrateur d’académie crée une session à l’heure locale, la voit en toutes lettres, la publie : l’accueil l’annonce", async ({ page, expectAccessible }) => {
  // Eight pages, three of them checked by axe.
  test.setTimeout(180_000);
  await signInStaff(page, "admin.clermont");
  await page.goto("/gestion/sessions");
  await expectAccessible();
  await page.getByRole("link", { name: "Créer une session" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer une session");

  // 25 March 2040, 02:30 does not exist in Paris (clocks go from 2:00 to 3:00): refused beside the field, what was typed kept.
  await page.getByLabel("Examen *").selectOption("BAC_PRO");
  await page.getByLabel("Année de la session *").fill("2041");
  await page.getByLabel("Nom de la session *").fill("Session 2041");
  await page.getByLabel("Ouverture des inscriptions *").fill("2040-03-25T02:30");
  await page.getByLabel("Clôture des inscriptions *").fill("2040-12-06T22:00");
  await page.getByRole("button", { name: "Créer la session" }).click();
  const erreur = page.locator("#nouvelle-session-inscriptionOuverture-desc-error, .fr-error-text").first();
  await expect(erreur).toContainText(/n.existe pas/);
  await expect(page.getByLabel("Ouverture des inscriptions *")).toHaveValue("2040-03-25T02:30");
  await expect(page.getByLabel("Clôture des inscriptions *")).toHaveValue("2040-12-06T22:00");
  await expectAccessible();

  await page.getByLabel("Ouverture des inscriptions *").fill("2040-11-06T10:00");
  await page.getByRole("button", { name: "Créer la session" }).click();
  await expect(page).toHaveURL(/\/gestion\/sessions\/[^/?]+\?creee=1$/);
  const fenetre = formatWindowFr({ opensAt: instant("2040-11-06T10:00"), closesAt: instant("2040-12-06T22:00") }, PARIS);
  expect(plain(fenetre)).toBe("du mardi 6 novembre 2040 à 10 h 00 au jeudi 6 décembre 2040 à 22 h 00, heure de Paris");
  expect(plain(await page.getByRole("table", { name: /Calendrier de la session/ }).textContent())).toContain(plain(fenetre));
  await expectAccessible();

  // Unpublished: the preview shows it, the home page does not.
  const admin = new URL(page.url()).pathname;
  await page.goto(`${admin}/apercu`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baccalauréat professionnel – Session 2041");
  await expect(page.locator("main")).toContainText("n’est pas publiée");
  await expectAccessible();
  await page.goto("/");
  await expect(page.locator("main")).not.toContainText("Session 2041");

  await page.goto(admin);
  await page.getByRole("button", { name: "Publier la session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session publiée" })).toBeVisible();
  await page.goto("/");
  const aVenir = page.getByRole("region", { name: "Inscriptions à venir" });
  const carte = aVenir.getByRole("listitem").filter({ hasText: "Session 2041" });
  await expect(carte).toHaveCount(1);
  expect(plain(await carte.textContent())).toContain(`Inscriptions ${plain(fenetre)}`);
});

test("une prolongation de la clôture laisse enregistrer le candidat refusé une seconde après l’ancienne", async ({ page, browser, baseURL, outboxDir, setNow, expectAccessible }, testInfo) => {
  test.setTimeout(180_000);
  const admin = await pagePersonnel(browser, baseURL!, demoAccount("admin.clermont"));
  const adminPath = await creerEtPublier(admin, 2043, "2042-11-03T10:00", "2042-12-02T17:00");
  const cloture = instant("2042-12-02T17:00");

  // The candidate registers on the last evening.
  await setNow(new Date(cloture.getTime() - 10 * 60_000));
  await newCandidate(page, outboxDir, uniqueEmail("prolongation", testInfo));
  await startRegistration(page, "63000", "Clermont-Ferrand");
  await remplirIdentification(page, { codePostal: "63000", commune: "Clermont-Ferrand" });
  await setNow(new Date(cloture.getTime() - 1000));
  await suivant(page, "informations");
  await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
  // A second after the closing: refused, nothing saved, what was typed kept.
  await setNow(new Date(cloture.getTime() + 1000));
  await page.getByRole("button", { name: "Suivant" }).click();
  expect(plain(await page.locator("main .fr-alert--error").first().textContent())).toMatch(/fermé depuis le mardi 2 décembre 2042 à 17 h 00, heure de Paris : rien n'a été enregistré/);

  // The académie extends the closing by two hours, with the reason.
  await admin.goto(adminPath);
  await admin.getByLabel("Échéance *").selectOption("inscriptionCloture");
  await admin.getByLabel("Nouvelle date et heure *").fill("2042-12-02T19:00");
  await admin.getByLabel("Motif *").fill("Serveur d’inscription indisponible de 16 h à 17 h");
  await admin.getByRole("button", { name: "Prolonger l’échéance" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Échéance prolongée" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Prolongations décidées" })).toContainText("Serveur d’inscription indisponible");
  await expectAccessible(admin);

  // The same Suivant, at the same instant, now goes through; the banner says the date was extended.
  await expect(page.getByRole("radio", { name: /trois ans d.activité professionnelle/ })).toBeChecked();
  await suivant(page, "qualification");
  expect(plain(await page.locator("main").textContent())).toMatch(/jusqu'au mardi 2 décembre 2042 à 19 h 00, heure de Paris \(date prolongée, initialement le mardi 2 décembre 2042 à 17 h 00/);
  await expectAccessible();

  // The session page announces it too.
  const sessionId = adminPath.split("/").at(-1)!;
  await page.goto(`/sessions/${sessionId}`);
  expect(plain(await page.locator("main .fr-notice").first().textContent())).toMatch(
    /Date prolongée : la clôture des inscriptions est repoussée au mardi 2 décembre 2042 à 19 h 00 \(au lieu du mardi 2 décembre 2042 à 17 h 00\), heure de Paris\. Motif : Serveur d'inscription indisponible de 16 h à 17 h/,
  );
  await admin.context().close();
});

test("l’administrateur de Nice n’atteint pas les sessions de Nancy-Metz, ni par ses pages ni par ses actions", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInStaff(page, "admin.nice");
  // Nancy-Metz's sessions: their ids, from the public home page.
  await page.goto("/");
  const nancy = page.getByRole("list", { name: "Académie de Nancy-Metz" }).first().locator("a[href^='/sessions/']").first();
  const sessionId = (await nancy.getAttribute("href"))!.split("/").at(-1)!;
  const lirePage = async () => {
    await page.goto(`/sessions/${sessionId}`);
    return plain(await page.locator("main").innerText());
  };
  const avant = await lirePage();

  for (const path of [`/gestion/sessions/${sessionId}`, `/gestion/sessions/${sessionId}/apercu`]) {
    const reponse = await page.goto(path);
    expect(reponse?.status(), path).toBe(404);
  }
  await page.goto("/gestion/sessions");
  await expect(page.locator("main")).not.toContainText("Nancy");
  // The actions are posted from the admin's own session page, as its forms are.
  const propre = (await page.locator('main a[href^="/gestion/sessions/"]:not([href$="/nouvelle"])').first().getAttribute("href"))!;

  const actions = readServerActions();
  const appel = async (nom: string, champs: Record<string, string>) => {
    const action = actions.get(`app/(gestion)/gestion/sessions/actions.ts#${nom}`);
    if (!action) throw new Error(`action ${nom} absente du build`);
    const formData = new FormData();
    for (const [k, v] of Object.entries(champs)) formData.append(k, v);
    return callServerAction(page.request, { url: propre, actionId: action.id, args: [{ n: 0 }, formData], headers: { Origin: baseURL! } });
  };
  const refus = /n'existe pas dans votre académie : rien n'a été modifié/;
  for (const [nom, champs] of [
    ["prolongerEcheanceAction", { sessionId, echeance: "inscriptionCloture", nouvelleLocal: "2099-01-01T10:00", motif: "Tentative depuis une autre académie" }],
    ["modifierCalendrierAction", { sessionId, inscriptionOuverture: "2020-01-01T10:00", inscriptionCloture: "2099-01-01T10:00" }],
    ["modifierConfigurationAction", { sessionId, languesLva: "Latin", "piece:CINSIG01": "UPLOAD" }],
    ["publierSessionAction", { sessionId, publier: "non" }],
  ] as const) {
    const reponse = await appel(nom, champs);
    expect(reponse.kind, nom).toBe("state");
    expect(plain(((reponse as { state: { formError?: string } }).state.formError ?? "").toString()), nom).toMatch(refus);
  }
  expect(await lirePage()).toBe(avant);
});
