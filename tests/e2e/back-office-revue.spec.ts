import type { Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { demoAccount, expect, test } from "./fixtures";
import { signIn } from "./helpers/accounts";
import { candidatureEnregistree, plain, uniqueEmail } from "./helpers/wizard";

// Issue 9 §2, §4, §5 as a rectorat uses them: a Clermont-Ferrand candidate hands in their pieces; the
// académie's manager finds the dossier in the list, marks a piece Non conforme with a comment; the
// candidate reads it, deposits again and hands in; the manager marks it Conforme from the review
// queue. A manager of another académie (Nice) gets a 404 on the dossier and its file. axe on every
// back-office page.

async function pdf(titre: string) {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(titre, { x: 72, y: 760, size: 14 });
  return { name: `${titre.toLowerCase().replace(/\W+/g, "-")}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(await doc.save()) };
}

const piece = (page: Page, code: string) => page.locator(`section#piece-${code}`);

/** DSFR draws the radio under its label: choose it as a user does, by its label. */
const decider = (section: ReturnType<typeof piece>, verdict: string) => section.locator("label.fr-label", { hasText: new RegExp(`^${verdict}$`) }).click();

async function deposer(page: Page, code: string, titre: string) {
  const section = piece(page, code);
  const avant = await section.getByRole("listitem").count();
  await section.getByLabel(/Ajouter un fichier/).setInputFiles(await pdf(titre));
  await section.getByRole("button", { name: /Déposer le fichier/ }).click();
  await expect(section.getByRole("listitem")).toHaveCount(avant + 1);
}

async function fournir(page: Page) {
  const fournir = page.locator("main #fournir");
  await fournir.getByRole("button", { name: "J’ai fourni toutes mes pièces" }).click();
  await expect(fournir.getByRole("heading", { name: "Pièces transmises au service des examens" })).toBeVisible();
}

test("un gestionnaire déclare une pièce non conforme, le candidat la redépose, le gestionnaire la déclare conforme", async ({ page, browser, baseURL, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("revue", testInfo);
  const id = await candidatureEnregistree(page, outboxDir, email);
  await page.goto(`/mes-candidatures/${id}/justificatifs`);
  for (const code of ["CINSIG01", "1NATID01", "CERTRV01"]) await deposer(page, code, `Piece ${code}`);
  await fournir(page);

  const gestion = await browser.newContext({ baseURL });
  const manager = await gestion.newPage();
  const clermont = demoAccount("gestion.clermont");
  await signIn(manager, clermont.email, clermont.password);
  await expect(manager).toHaveURL(/\/gestion$/);

  await test.step("la liste : recherche par adresse, filtres dans l'adresse de la page", async () => {
    await manager.getByRole("link", { name: "Candidatures" }).first().click();
    await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Candidatures");
    await expectAccessible(manager);
    await manager.getByLabel(/^Rechercher/).fill(email.toUpperCase());
    await manager.getByLabel("Pièces").selectOption("a-controler");
    await manager.getByRole("button", { name: "Filtrer" }).click();
    await expect(manager).toHaveURL(/pieces=a-controler/);
    await expect(manager.getByRole("heading", { level: 2, name: "1 candidature" })).toBeVisible();
    await expect(manager.getByLabel(/^Rechercher/)).toHaveValue(email.toUpperCase());
    await manager.getByRole("link", { name: "CANDIDAT Dominique" }).click();
    await expect(manager).toHaveURL(new RegExp(`/gestion/candidatures/${id}\\?retour=`));
  });

  await test.step("le dossier : pièces, fichiers, versions, historique ; « Non conforme » exige un commentaire", async () => {
    await expect(manager.getByRole("heading", { level: 2, name: "Pièces justificatives" })).toBeVisible();
    await expect(manager.getByRole("heading", { level: 3, name: /Version 1, enregistrée le/ })).toBeVisible();
    await expect(manager.getByRole("table", { name: /Historique du dossier/ })).toContainText("« J’ai fourni toutes mes pièces »");
    await expectAccessible(manager);
    const identite = piece(manager, "1NATID01");
    await expect(identite.getByRole("link", { name: /Piece-1NATID01/i })).toHaveAttribute("href", new RegExp(`/mes-candidatures/${id}/justificatifs/fichiers/\\w+$`));
    // The preview the review queue shows beside the decision: the PDF's first page as an image.
    const href = await identite.getByRole("link", { name: /Piece-1NATID01/i }).getAttribute("href");
    const apercu = await manager.request.get(`/gestion/candidatures/${id}/fichiers/${href!.split("/").pop()}/apercu`);
    expect(apercu.status()).toBe(200);
    expect(apercu.headers()["content-type"]).toBe("image/png");
    await decider(identite, "Non conforme");
    await identite.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(identite.locator(".fr-error-text")).toContainText("le commentaire est obligatoire");
    await expect(identite.getByRole("radio", { name: "Non conforme" })).toBeChecked();
    await identite.getByLabel(/Commentaire au candidat/).fill("Le document est illisible : déposez une copie nette, recto et verso.");
    await identite.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(manager.getByRole("status")).toContainText("La pièce est marquée « Non conforme »");
    await expect(piece(manager, "1NATID01").locator("h3 .fr-badge")).toHaveText("Non conforme");
    await expectAccessible(manager);
  });

  await test.step("le candidat lit le commentaire, redépose et transmet de nouveau", async () => {
    await page.goto(`/mes-candidatures/${id}/justificatifs`);
    const identite = piece(page, "1NATID01");
    await expect(identite.getByText("Non conforme", { exact: true })).toBeVisible();
    expect(plain(await identite.textContent())).toContain("Le document est illisible : déposez une copie nette, recto et verso.");
    await deposer(page, "1NATID01", "Piece nette");
    await fournir(page);
  });

  await test.step("la file des pièces à contrôler : la décision à côté du fichier, au clavier", async () => {
    await manager.goto("/gestion/pieces?portefeuille=0");
    await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Pièces à contrôler");
    await expectAccessible(manager);
    // The dossier's re-deposited piece is in the queue; open it from the dossier to decide on it.
    await manager.goto(`/gestion/candidatures/${id}#piece-1NATID01`);
    const identite = piece(manager, "1NATID01");
    await decider(identite, "Conforme");
    await identite.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(manager.getByRole("status")).toContainText("La pièce est marquée « Conforme »");
    await expect(piece(manager, "1NATID01").locator("h3 .fr-badge")).toHaveText("Conforme");
    await expect(manager.getByRole("table", { name: /Historique du dossier/ })).toContainText("Pièce marquée « Conforme »");
  });

  await test.step("deux gestionnaires sur la même pièce : le second est averti, rien n'est écrasé", async () => {
    const autre = await gestion.newPage();
    await autre.goto(`/gestion/candidatures/${id}#piece-CINSIG01`);
    await manager.reload();
    await decider(piece(manager, "CINSIG01"), "Conforme");
    await piece(manager, "CINSIG01").getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(manager.getByRole("status")).toContainText("La pièce est marquée « Conforme »");
    const section = piece(autre, "CINSIG01");
    await decider(section, "Reçue");
    await section.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(section.getByRole("alert")).toContainText("Cette pièce a été modifiée par Dominique Essai");
    await autre.close();
  });

  await test.step("le candidat voit la pièce conforme", async () => {
    await page.goto(`/mes-candidatures/${id}/justificatifs`);
    await expect(piece(page, "1NATID01").getByText("Conforme", { exact: true })).toBeVisible();
  });

  await test.step("un gestionnaire de Nice : 404 sur le dossier et sur son fichier", async () => {
    const fichier = await piece(manager, "1NATID01").getByRole("link", { name: /Piece-nette/i }).getAttribute("href");
    const niceContext = await browser.newContext({ baseURL });
    const nice = await niceContext.newPage();
    const compte = demoAccount("gestion.nice");
    await signIn(nice, compte.email, compte.password);
    await expect(nice).toHaveURL(/\/gestion$/);
    expect((await nice.goto(`/gestion/candidatures/${id}`))?.status()).toBe(404);
    expect((await nice.request.get(fichier!)).status()).toBe(404);
    await nice.goto("/gestion/candidatures?portefeuille=0&q=" + encodeURIComponent(email));
    await expect(nice.getByRole("heading", { level: 2, name: "Aucune candidature" })).toBeVisible();
    await niceContext.close();
  });
  await gestion.close();
});
