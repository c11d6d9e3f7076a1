import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { UPLOAD_REFUSALS } from "../../lib/domain/upload-rules";
import { databaseUrl } from "../setup/test-database";
import { expect, test } from "./fixtures";
import { candidatureEnregistree, expectFrenchTypography, newCandidate, plain, uniqueEmail } from "./helpers/wizard";

// Mes justificatifs as a candidate uses it (issue 8 §4–6), on the demo session of Clermont-Ferrand
// whose deposit window the server seeded open today: files added with the progress bar, refused
// beside their piece, handed in with « J'ai fourni toutes mes pièces » and locked; a Non conforme
// set in the server's database (PostgreSQL) re-opens one piece; another candidate gets a 404 on
// the file's address; and the same without JavaScript. axe on each state, at 390 px too.

const DEPOSE_LE = /Déposé le \d{2}\/\d{2}\/\d{4} à \d{1,2} h \d{2} \(heure de Paris\)/;

type Fichier = { name: string; mimeType: string; buffer: Buffer };

async function jpeg(name: string): Promise<Fichier> {
  // Noise, so that the file weighs a few hundred kilobytes and the bar has something to show.
  const { width, height } = { width: 900, height: 700 };
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7919 + (i >> 5) * 104729) % 251;
  return { name, mimeType: "image/jpeg", buffer: await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer() };
}

async function pdf(name: string, titre: string): Promise<Fichier> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(titre, { x: 72, y: 760, size: 14 });
  return { name, mimeType: "application/pdf", buffer: Buffer.from(await doc.save()) };
}

const texteDeguise = (): Fichier => ({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Ceci est un simple texte, pas une photo.\n".repeat(50)) });

const piece = (page: Page, code: string) => page.locator(`section#piece-${code}`);

/** Chooses the file and sends it with the piece's own button. */
async function deposer(page: Page, code: string, fichier: Fichier) {
  const section = piece(page, code);
  await section.getByLabel(/Ajouter un fichier/).setInputFiles(fichier);
  await section.getByRole("button", { name: /Déposer le fichier/ }).click();
}

/** With JavaScript: the bar reaches 100 %, the page's data is refreshed and lists the file with its date. */
async function deposerAvecSucces(page: Page, code: string, fichier: Fichier) {
  const section = piece(page, code);
  const before = await section.getByRole("listitem").count();
  await deposer(page, code, fichier);
  await expect(section.getByRole("progressbar", { name: new RegExp(`«.${fichier.name.replace(".", "\\.")}.».*envoi terminé, 100.%`) })).toHaveAttribute("value", "100");
  await expect(section.getByRole("status").filter({ hasText: "a été déposé" })).toHaveText(new RegExp(`Le fichier «.${fichier.name.replace(".", "\\.")}.» a été déposé`));
  await expect(section.getByRole("listitem")).toHaveCount(before + 1);
  const item = section.getByRole("listitem").filter({ hasText: fichier.name });
  expect(plain(await item.textContent())).toMatch(DEPOSE_LE);
}

/** The same page on a phone (390 px): axe again, and nothing wider than the screen. */
async function auTelephone(page: Page, expectAccessible: (page?: Page) => Promise<void>) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no horizontal scrolling at 390 px").toBeLessThanOrEqual(390);
  await expectAccessible();
  if (size) await page.setViewportSize(size);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test("Mes justificatifs : dépôt avec la barre de progression, refus à côté de la pièce, « J'ai fourni toutes mes pièces », verrou, non-conformité et nouveau dépôt", async ({
  page,
  browser,
  baseURL,
  outboxDir,
  expectAccessible,
}, testInfo) => {
  test.setTimeout(240_000);
  const id = await candidatureEnregistree(page, outboxDir, uniqueEmail("justificatifs", testInfo));
  const main = page.locator("main");

  await test.step("depuis le récapitulatif et Mes candidatures, la page liste les trois pièces à déposer en ligne", async () => {
    await page.getByRole("link", { name: /Mes justificatifs : déposer ou envoyer mes pièces/ }).click();
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/justificatifs$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes justificatifs");
    await expect(main.getByRole("heading", { level: 2 })).toHaveText([
      "Confirmation d’inscription datée et signée",
      "Document justifiant l’identité, en cours de validité",
      "Certificats de travail justifiant de 3 ans d’expérience dans le domaine du diplôme",
      "J’ai fourni toutes mes pièces",
    ]);
    const identite = piece(page, "1NATID01");
    expect(plain(await identite.textContent())).toMatch(/Motif de la demande : Tous les candidats/);
    expect(plain(await identite.textContent())).toMatch(/À déposer en ligne du \S+ \S+ \S+ \d{4} à 9 h 00 au \S+ \S+ \S+ \d{4} à 17 h 00 \(heure de Paris\)\./);
    await expect(identite.getByText("PDF ou JPEG, 5 Mo au plus")).toBeVisible();
    await expect(identite.getByLabel(/Ajouter un fichier/)).toHaveAttribute("accept", ".pdf,.jpg,.jpeg,application/pdf,image/jpeg");
    expect(plain(await main.locator("#fournir").textContent())).toContain("Il manque encore 3 pièces");
    await expectFrenchTypography(page);
    await expectAccessible();
    await auTelephone(page, expectAccessible);

    await page.goto("/mes-candidatures");
    await page.getByRole("link", { name: /Mes justificatifs – Baccalauréat professionnel/ }).click();
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/justificatifs$`));
  });

  const photo = await jpeg("carte-identite.jpg");
  await test.step("un JPEG et un PDF déposés : la barre de progression, puis chaque fichier avec sa date de dépôt", async () => {
    await deposerAvecSucces(page, "1NATID01", photo);
    await deposerAvecSucces(page, "CERTRV01", await pdf("certificats.pdf", "Certificats de travail"));
    await expect(piece(page, "1NATID01").getByRole("link", { name: /carte-identite\.jpg/ })).toBeVisible();
    await expect(piece(page, "CERTRV01").getByText("(PDF,", { exact: false })).toBeVisible();
    await expectAccessible();
  });

  await test.step("un texte renommé .jpg est refusé à côté de sa pièce, sans quitter la page ; un fichier de plus de 5 Mo sans même être envoyé", async () => {
    const section = piece(page, "CINSIG01");
    await deposer(page, "CINSIG01", texteDeguise());
    await expect(section.getByRole("alert")).toHaveText(UPLOAD_REFUSALS.type);
    await expect(section.getByLabel(/Ajouter un fichier/)).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/justificatifs$`));
    await expect(section.getByRole("listitem")).toHaveCount(0);
    await expectAccessible();

    let posted = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes("/fichiers")) posted += 1;
    });
    await deposer(page, "CINSIG01", { name: "trop-gros.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25) });
    await expect(section.getByRole("alert")).toHaveText(UPLOAD_REFUSALS.trop_gros);
    expect(posted).toBe(0);
  });

  await test.step("un fichier en trop se supprime ; sans JavaScript côté serveur, la route refuse aussi l'envoi trop gros (413) et celui d'un autre site (403)", async () => {
    await deposerAvecSucces(page, "1NATID01", await jpeg("doublon.jpg"));
    const section = piece(page, "1NATID01");
    await section.getByRole("button", { name: "Supprimer le fichier doublon.jpg" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Le fichier a été supprimé." })).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(1);

    const url = `/mes-candidatures/${id}/justificatifs/1NATID01/fichiers`;
    const grosse = await page.request.post(url, {
      headers: { Accept: "application/json" },
      multipart: { fichier: { name: "gros.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(5 * 1024 * 1024 + 100 * 1024, 0x25) } },
    });
    expect([grosse.status(), ((await grosse.json()) as { message: string }).message]).toEqual([413, UPLOAD_REFUSALS.trop_gros]);
    const intrus = await page.request.post(url, {
      headers: { Accept: "application/json", Origin: "https://intrus.example", "Sec-Fetch-Site": "cross-site" },
      multipart: { fichier: photo },
    });
    expect(intrus.status()).toBe(403);
    await page.reload();
    await expect(section.getByRole("listitem")).toHaveCount(1);
  });

  await test.step("le fichier s'ouvre dans le navigateur, tel qu'il a été déposé, sous les en-têtes qui le gardent", async () => {
    const href = await piece(page, "1NATID01").getByRole("link", { name: /carte-identite\.jpg/ }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers).toMatchObject({
      "content-type": "image/jpeg",
      "content-disposition": `inline; filename="carte-identite.jpg"; filename*=UTF-8''carte-identite.jpg`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(headers["content-security-policy"]).toMatch(/^sandbox; default-src 'none';/);
    expect(sha256(await response.body())).toBe(sha256(photo.buffer));
    const vignette = await page.request.get(`${href}?vignette=1`);
    expect(await sharp(await vignette.body()).metadata()).toMatchObject({ format: "jpeg", width: 300 });
  });

  await test.step("« J'ai fourni toutes mes pièces » une fois chaque pièce en ligne déposée : les pièces sont verrouillées", async () => {
    await deposerAvecSucces(page, "CINSIG01", await pdf("confirmation-signee.pdf", "Confirmation d'inscription"));
    const fournir = main.locator("#fournir");
    await expect(fournir).toContainText("vous confirmez avoir déposé toutes les pièces demandées");
    await fournir.getByRole("button", { name: "J’ai fourni toutes mes pièces" }).click();
    await expect(page).toHaveURL(new RegExp(`/justificatifs\\?fournies=1#fournir$`));
    await expect(fournir.getByRole("heading", { name: "Pièces transmises au service des examens" })).toBeVisible();
    expect(plain(await fournir.textContent())).toMatch(/Vous avez indiqué le \S+ \S+ \S+ \d{4} à \d+ h \d{2}, heure de Paris avoir fourni toutes vos pièces\. Elles sont verrouillées/);
    await expect(main.locator("input[type=file]")).toHaveCount(0);
    await expect(main.getByRole("button", { name: /Supprimer/ })).toHaveCount(0);
    await expect(main.getByRole("button", { name: /J’ai fourni/ })).toHaveCount(0);
    await expect(main.getByRole("link", { name: /\.(jpg|pdf)/ })).toHaveCount(3);
    await expectAccessible();
    await auTelephone(page, expectAccessible);
  });

  await test.step("un autre candidat reçoit une 404 à l'adresse du fichier, comme un inconnu", async () => {
    const href = await piece(page, "1NATID01").getByRole("link", { name: /carte-identite\.jpg/ }).getAttribute("href");
    const context = await browser.newContext({ baseURL: baseURL!, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const autre = await context.newPage();
    await newCandidate(autre, outboxDir, uniqueEmail("justificatifs-autre", testInfo));
    expect((await autre.request.get(href!)).status()).toBe(404);
    expect((await autre.request.get(`${href}?vignette=1`)).status()).toBe(404);
    expect((await autre.request.get(`/mes-candidatures/${id}/justificatifs`)).status()).toBe(404);
    const post = await autre.request.post(`/mes-candidatures/${id}/justificatifs/1NATID01/fichiers`, { headers: { Accept: "application/json" }, multipart: { fichier: photo } });
    expect(post.status()).toBe(404);
    await context.close();
    // Signed out: to the sign-in page.
    const anonyme = await browser.newContext({ baseURL: baseURL! });
    const reponse = await anonyme.request.get(href!, { maxRedirects: 0 });
    expect([reponse.status(), new URL(reponse.headers().location ?? "", baseURL).pathname]).toEqual([307, "/connexion"]);
    await anonyme.close();
  });

  const serverUrl = process.env.E2E_DATABASE_URL;
  if (!serverUrl) {
    // The embedded database is the server's alone: no other process may open it to play the manager.
    testInfo.annotations.push({ type: "PostgreSQL seulement", description: "la pièce déclarée non conforme dans la base du serveur (E2E_DATABASE_URL)" });
    return;
  }
  await test.step("une pièce déclarée non conforme (dans la base, en attendant le service des examens) : le commentaire, un nouveau dépôt et un nouvel envoi", async () => {
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, `portail_e2e_${new URL(baseURL!).port}`) });
    await client.connect();
    await client.query(
      `UPDATE "Justificatif" SET "statut" = 'NON_CONFORME', "commentaire" = $1, "recuAt" = now() WHERE "candidatureId" = $2 AND "pieceCode" = '1NATID01'`,
      ["La photo est floue : déposez un scan lisible du recto et du verso.", id],
    );
    await client.query(`UPDATE "Candidature" SET "piecesFourniesAt" = NULL WHERE "id" = $1`, [id]);
    await client.end();

    await page.goto(`/mes-candidatures/${id}/justificatifs`);
    const identite = piece(page, "1NATID01");
    await expect(identite.getByRole("heading", { name: "Pièce non conforme" })).toBeVisible();
    expect(plain(await identite.textContent())).toContain("Commentaire du service des examens : La photo est floue : déposez un scan lisible du recto et du verso.");
    await expect(identite.getByText("Non conforme", { exact: true })).toBeVisible();
    await expect(main.locator("input[type=file]")).toHaveCount(1);
    expect(plain(await main.locator("#fournir").textContent())).toContain("Il manque encore une pièce");
    await expectAccessible();
    await auTelephone(page, expectAccessible);

    await deposerAvecSucces(page, "1NATID01", await jpeg("recto-verso.jpg"));
    const fournir = main.locator("#fournir");
    await expect(fournir).toContainText("Vous avez déposé un nouveau fichier depuis votre dernier envoi");
    await expectAccessible();
    await fournir.getByRole("button", { name: "J’ai fourni toutes mes pièces" }).click();
    await expect(fournir.getByRole("heading", { name: "Pièces transmises au service des examens" })).toBeVisible();
    await expect(main.locator("input[type=file]")).toHaveCount(0);
    await expect(identite.getByRole("listitem")).toHaveCount(2);
  });
});

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("le formulaire de dépôt envoie le fichier et revient à la pièce avec le résultat ; suppression et refus aussi", async ({ page, outboxDir }, testInfo) => {
    test.setTimeout(180_000);
    const id = await candidatureEnregistree(page, outboxDir, uniqueEmail("justificatifs-sansjs", testInfo));
    await page.goto(`/mes-candidatures/${id}/justificatifs`);
    const section = piece(page, "1NATID01");

    await deposer(page, "1NATID01", await jpeg("identite.jpg"));
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/justificatifs\\?depot=\\w+&piece=1NATID01#piece-1NATID01$`));
    expect(plain(await section.getByRole("status").filter({ hasText: "a été déposé" }).textContent())).toBe("Le fichier « identite.jpg » a été déposé.");
    expect(plain(await section.getByRole("listitem").textContent())).toMatch(DEPOSE_LE);

    await deposer(page, "1NATID01", texteDeguise());
    await expect(page).toHaveURL(/\?erreur=type&piece=1NATID01#piece-1NATID01$/);
    await expect(section.getByRole("alert")).toHaveText(UPLOAD_REFUSALS.type);
    await expect(section.getByRole("listitem")).toHaveCount(1);

    // Too large: sent back to the piece before the server reads the body.
    await deposer(page, "1NATID01", { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) });
    await expect(page).toHaveURL(/\?erreur=requete_trop_grosse&piece=1NATID01#piece-1NATID01$/);
    await expect(section.getByRole("alert")).toHaveText(UPLOAD_REFUSALS.trop_gros);

    // No file chosen.
    await section.getByRole("button", { name: /Déposer le fichier/ }).click();
    await expect(page).toHaveURL(/\?erreur=aucun_fichier&piece=1NATID01/);
    await expect(section.getByRole("alert")).toContainText("Aucun fichier n’a été choisi");

    // A message typed into the address is never shown: only the codes of the list are.
    await page.goto(`/mes-candidatures/${id}/justificatifs?erreur=${encodeURIComponent("Appelez le 08 99 99 99 99")}&piece=1NATID01`);
    await expect(page.locator("main")).not.toContainText("08 99");
    await expect(section.getByRole("alert")).toHaveCount(0);

    await section.getByRole("button", { name: "Supprimer le fichier identite.jpg" }).click();
    await expect(page).toHaveURL(/\?suppression=1&piece=1NATID01#piece-1NATID01$/);
    await expect(section.getByRole("status").filter({ hasText: "supprimé" })).toHaveText("Le fichier a été supprimé.");
    await expect(section.getByRole("listitem")).toHaveCount(0);
  });
});
