import type { APIRequestContext, Browser } from "@playwright/test";
import { lireCsv, lireXlsx } from "../fixtures/exports";
import { demoAccount, expect, test } from "./fixtures";
import { signIn } from "./helpers/accounts";
import { candidatureEnregistree, newCandidate, startRegistration, uniqueEmail } from "./helpers/wizard";

// Issue 9 §3: a manager downloads the filtered list as CSV and XLSX and gets exactly its rows; the
// export is always of the caller's académie (the URL carries filters, never an académie), so a
// manager of Nice asking for Clermont-Ferrand's rows gets Nice's.

const clermont = demoAccount("gestion.clermont");
const nice = demoAccount("gestion.nice");

/** A signed-in staff member's own request context (cookies of their browser context). */
async function gestionnaire(browser: Browser, baseURL: string, compte: { email: string; password: string }): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, compte.email, compte.password);
  await expect(page).toHaveURL(/\/gestion/);
  return context.request;
}

async function csv(request: APIRequestContext, params: Record<string, string>) {
  const reponse = await request.get(`/gestion/candidatures/export.csv?${new URLSearchParams(params)}`);
  expect(reponse.status()).toBe(200);
  expect(reponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(reponse.headers()["content-disposition"]).toMatch(/^attachment; filename="candidatures-[a-z-]+-\d{8}-\d{4}\.csv"$/);
  expect(reponse.headers()["cache-control"]).toBe("no-store");
  return lireCsv(await reponse.body());
}

async function xlsx(request: APIRequestContext, params: Record<string, string>) {
  const reponse = await request.get(`/gestion/candidatures/export.xlsx?${new URLSearchParams(params)}`);
  expect(reponse.status()).toBe(200);
  expect(reponse.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(reponse.headers()["content-disposition"]).toMatch(/^attachment; filename="candidatures-[a-z-]+-\d{8}-\d{4}\.xlsx"$/);
  return lireXlsx(await reponse.body());
}

test("exports : le gestionnaire télécharge exactement les lignes filtrées, en CSV et en XLSX, et seulement celles de son académie", async ({ page, browser, baseURL, outboxDir }, testInfo) => {
  test.setTimeout(240_000);
  const inscrit = uniqueEmail("export-inscrit", testInfo);
  const brouillon = uniqueEmail("export-brouillon", testInfo);

  await test.step("un candidat s'inscrit à Clermont-Ferrand, un autre y laisse un brouillon", async () => {
    await candidatureEnregistree(page, outboxDir, inscrit);
    const autre = await browser.newContext({ baseURL });
    const autrePage = await autre.newPage();
    await newCandidate(autrePage, outboxDir, brouillon);
    await startRegistration(autrePage, "63000", "Clermont-Ferrand");
    await autre.close();
  });

  const requeteClermont = await gestionnaire(browser, baseURL!, clermont);

  await test.step("une recherche par adresse : la seule ligne du candidat, dans les deux formats", async () => {
    const { entetes, lignes } = await csv(requeteClermont, { q: inscrit });
    expect(entetes.slice(0, 3)).toEqual(["Numéro d’inscription", "Civilité", "Nom de naissance"]);
    expect(lignes).toHaveLength(1);
    expect(lignes[0]).toMatchObject({ Courriel: inscrit, "Nom de naissance": "Candidat", Prénoms: "Dominique", Statut: "Enregistrée", "Date de naissance": "14/03/2001" });
    expect(lignes[0]!["Numéro d’inscription"]).toMatch(/^\d{4}-06-BACPRO-\d{6}$/);
    expect(lignes[0]!["Créée le"]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const classeur = await xlsx(requeteClermont, { q: inscrit });
    expect(classeur.entetes).toEqual(entetes);
    expect(classeur.lignes).toHaveLength(1);
    expect(classeur.lignes[0]).toMatchObject({ Courriel: inscrit, "Numéro d’inscription": lignes[0]!["Numéro d’inscription"], Statut: "Enregistrée" });
    expect(classeur.lignes[0]!["Créée le"]).toBeInstanceOf(Date);

    const draft = await csv(requeteClermont, { q: brouillon });
    expect(draft.lignes.map((l) => [l.Courriel, l.Statut, l["Numéro d’inscription"]])).toEqual([[brouillon, "Brouillon", ""]]);
    expect((await csv(requeteClermont, { q: brouillon, statut: "ENREGISTREE" })).lignes).toEqual([]);
  });

  await test.step("le filtre « Enregistrée » : les mêmes lignes dans le CSV et le XLSX, l'inscrit et pas le brouillon", async () => {
    const { lignes } = await csv(requeteClermont, { statut: "ENREGISTREE" });
    const courriels = lignes.map((l) => l.Courriel);
    expect(courriels).toContain(inscrit);
    expect(courriels).not.toContain(brouillon);
    expect(new Set(lignes.map((l) => l.Statut))).toEqual(new Set(["Enregistrée"]));
    for (const l of lignes) expect(l["Numéro d’inscription"]).toMatch(/^\d{4}-06-/);
    const classeur = await xlsx(requeteClermont, { statut: "ENREGISTREE" });
    expect(classeur.lignes.map((l) => l["Numéro d’inscription"])).toEqual(lignes.map((l) => l["Numéro d’inscription"]));
  });

  await test.step("le gestionnaire de Nice ne reçoit que les lignes de Nice, quoi que dise l'adresse", async () => {
    const requeteNice = await gestionnaire(browser, baseURL!, nice);
    expect((await csv(requeteNice, { q: inscrit })).lignes).toEqual([]);
    expect((await xlsx(requeteNice, { q: inscrit })).lignes).toEqual([]);
    const tout = await csv(requeteNice, { academie: "06" });
    expect(tout.lignes.map((l) => l.Courriel)).not.toContain(inscrit);
    for (const l of tout.lignes) if (l["Numéro d’inscription"]) expect(l["Numéro d’inscription"]).toMatch(/^\d{4}-23-/);
  });
});
