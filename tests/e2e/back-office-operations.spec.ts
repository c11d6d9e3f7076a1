import type { Browser, Page } from "@playwright/test";
import { waitForMail } from "../../lib/mail/read-outbox";
import { demoAccount, expect, test } from "./fixtures";
import { pagePersonnel, type Compte } from "./helpers/personnel";
import { candidatureEnregistree, demoWindow, plain, uniqueEmail } from "./helpers/wizard";

// Issue 9 §6–7 through the pages: gestion.clermont sends a relance to a filtered list of the
// candidatures; the queue produces the letter; the candidate finds it in Mes documents and in the
// outbox. Every back-office page of the operations passes axe; after the deposit deadline (the
// test clock), the annulation page lists the incomplete dossier, and its annulation reaches the
// candidate's card with the reason.

const gestionnaire = demoAccount("gestion.clermont");

const connexionGestion = (browser: Browser, baseURL: string, compte: Compte, { maintenant }: { maintenant?: string } = {}): Promise<Page> =>
  pagePersonnel(browser, baseURL, compte, maintenant ? { maintenant } : {});

test("une relance groupée sur une liste filtrée : progression, résumé, courriel et Mes documents ; pages accessibles", async ({ page, browser, baseURL, outboxDir, expectAccessible }, testInfo) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("relance", testInfo);
  const id = await candidatureEnregistree(page, outboxDir, email);

  let gestion = await connexionGestion(browser, baseURL!, gestionnaire);
  await test.step("la liste filtrée (par l'adresse du candidat) : combien de dossiers recevront la relance", async () => {
    await gestion.goto(`/gestion/operations/nouvelle?${new URLSearchParams({ type: "RELANCE_PIECES", statut: "ENREGISTREE", q: email })}`);
    await expect(gestion.getByRole("heading", { level: 1 })).toHaveText("Demande de pièces ou relance");
    expect(plain(await gestion.locator("main").textContent())).toContain("Pour chaque dossier de la liste filtrée (1 dossier).");
    expect(plain(await gestion.locator("main").textContent())).toContain("1 dossier recevra le courrier.");
    await expect(gestion.getByLabel("Relance")).toBeChecked();
    await expectAccessible(gestion);
  });

  await test.step("envoyée par la file de tâches : la progression, puis le résumé", async () => {
    await gestion.getByLabel("Message au candidat (facultatif)").fill("Votre pièce d’identité manque toujours : déposez-la sans tarder.");
    await gestion.getByRole("button", { name: "Envoyer le courrier" }).click();
    await expect(gestion).toHaveURL(/\/gestion\/operations\/[A-Za-z0-9_-]+$/);
    await expect(gestion.getByRole("heading", { level: 1 })).toContainText("Relance du");
    // The page reads itself again while the queue works, until the summary appears.
    await expect(gestion.getByRole("status")).toContainText("Terminée le", { timeout: 30_000 });
    expect(plain(await gestion.getByRole("status").textContent())).toContain("1 courrier envoyé.");
    await expect(gestion.getByRole("link", { name: /Imprimer les courriers \(1, PDF\)/ })).toBeVisible();
    await expectAccessible(gestion);
    const pdf = await gestion.request.get(`${new URL(gestion.url()).pathname}/lettres.pdf`);
    expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);

    await gestion.goto("/gestion/operations");
    await expect(gestion.getByRole("heading", { level: 1 })).toHaveText("Demandes, relances et annulations");
    await expect(gestion.getByRole("row").filter({ hasText: "Relance" }).first()).toContainText("Terminée");
    await expectAccessible(gestion);
  });

  await test.step("le candidat reçoit un courriel et trouve la relance dans Mes documents", async () => {
    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Relance" }, 30_000);
    expect(plain(mail.text)).toContain("Votre pièce d'identité manque toujours : déposez-la sans tarder.");
    expect(plain(mail.text)).toContain("Document justifiant l'identité, en cours de validité");
    await page.goto(`/mes-candidatures/${id}/documents`);
    const ligne = page.getByRole("row").filter({ hasText: "Relance –" });
    await expect(ligne).toHaveCount(1);
    const href = await ligne.getByRole("link", { name: /Télécharger/ }).getAttribute("href");
    const lettre = await page.request.get(href!);
    expect([lettre.status(), lettre.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    await expectAccessible();
  });

  await test.step("la page du dossier propose une demande ou une relance pour ce seul dossier", async () => {
    await gestion.goto(`/gestion/operations/nouvelle?candidature=${id}&type=DEMANDE_PIECES`);
    expect(plain(await gestion.locator("main").textContent())).toContain("Pour le dossier de Dominique CANDIDAT");
    await expect(gestion.getByLabel("Demande de pièces")).toBeChecked();
    await expectAccessible(gestion);
  });

  await test.step("après la date limite de dépôt (horloge de test) : l'annulation, la lettre et la carte du candidat", async () => {
    // Nine days after the demo session's closing: the signed confirmation's own deadline (a week later) has passed too.
    const apres = new Date(demoWindow("06").closesAt.getTime() + 9 * 24 * 3600 * 1000).toISOString();
    await gestion.context().close();
    gestion = await connexionGestion(browser, baseURL!, gestionnaire, { maintenant: apres });
    await gestion.goto("/gestion/annulations");
    await expect(gestion.getByRole("heading", { level: 1 })).toHaveText("Annulation des dossiers incomplets");
    const session = gestion.locator("section", { has: gestion.getByRole("heading", { name: /Baccalauréat professionnel.*démonstration/ }) });
    await expect(session.getByRole("row").filter({ hasText: "CANDIDAT Dominique" }).first()).toBeVisible();
    await expectAccessible(gestion);
    await session.getByRole("button", { name: /^Annuler/ }).click();
    await expect(session.getByText("Cochez la case pour confirmer", { exact: false }).first()).toBeVisible();
    await session.getByLabel("Motif de l’annulation *").fill("Dossier incomplet à la date limite : pièce d’identité manquante.");
    await session.getByRole("checkbox", { name: /^J’annule/ }).check({ force: true });
    await session.getByRole("button", { name: /^Annuler/ }).click();
    await expect(gestion).toHaveURL(/\/gestion\/operations\/[A-Za-z0-9_-]+$/);
    await expect(gestion.getByRole("status")).toContainText("Terminée le", { timeout: 60_000 });
    await expect(gestion.getByRole("link", { name: /Imprimer les lettres recommandées/ })).toBeVisible();

    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Annulation" }, 30_000);
    expect(plain(mail.text)).toContain("Motif : Dossier incomplet à la date limite : pièce d'identité manquante.");
    await page.goto("/mes-candidatures");
    expect(plain(await page.locator("main").textContent())).toContain("Motif : Dossier incomplet à la date limite : pièce d'identité manquante.");
    await expectAccessible();
  });
  await gestion.context().close();
});
