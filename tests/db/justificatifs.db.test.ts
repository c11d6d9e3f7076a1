import type { PrismaClient } from "@prisma/client";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { messageDepotErreur, parseDepotErreur } from "@/lib/domain/candidature/depot-fichier";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { decidePieceAction } from "@/lib/domain/candidature/piece-statut";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { UPLOAD_REFUSALS } from "@/lib/domain/upload-rules";
import { setMailerForTests } from "@/lib/mail";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { ajouterFichier, vignetteKey } from "@/lib/server/justificatifs/ajouter-fichier";
import { fournirPieces } from "@/lib/server/justificatifs/fournir-pieces";
import { lireFichier } from "@/lib/server/justificatifs/lire-fichier";
import { etatJustificatif, loadCandidatureAvecPieces, vueJustificatifs } from "@/lib/server/justificatifs/load-justificatifs";
import { supprimerFichier } from "@/lib/server/justificatifs/supprimer-fichier";
import { setStorageForTests } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";
import { memoryStorage, type MemoryStorage } from "../fixtures/memory-storage";

// Issue 8 §4–6 on saved candidatures, through the services the pages and routes call: files added
// and checked, refused with nothing left behind (the storage is a Map the test counts), deleted,
// handed in with « J'ai fourni toutes mes pièces » and then locked, re-deposited after a manager's
// Non conforme, and read back only by their candidate and their académie's staff.
const TODAY = new Date("2026-11-22T12:00:00Z");
const CLERMONT = "06";
const AIX = "02";

let db: PrismaClient;
let storage: MemoryStorage;
let jpeg: Uint8Array;
let pdf: Uint8Array;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(memoryMailer());
  storage = memoryStorage();
  setStorageForTests(storage);
  jpeg = new Uint8Array(await sharp({ create: { width: 800, height: 600, channels: 3, background: "#d0d8e0" } }).jpeg({ quality: 80 }).toBuffer());
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText("Certificat de travail", { x: 72, y: 760, size: 14 });
  doc.addPage([595, 842]);
  pdf = await doc.save();
}, 120_000);
afterAll(() => {
  setStorageForTests(null);
  setMailerForTests(null);
});

/** A candidature of the académie's demo session filled with `forms` and saved (ENREGISTRER): its justificatifs exist. */
async function enregistree(academie = CLERMONT, forms = formulairesClermont()) {
  // Born in 2005: under 25 at the end of registration, so the JDC certificate is asked too.
  const account = await createCandidat(db, { dateNaissance: "2005-03-14" });
  const session = await demoSession(db, academie);
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: TODAY, db });
  if (!start.ok) throw new Error(start.formError);
  for (const [step, input] of Object.entries(forms) as [StepKey, Record<string, unknown>][]) {
    const result = await saveStep({ accountId: account.id, candidatureId: start.candidatureId, step, input, revision: await revisionOf(db, start.candidatureId) }, { now: TODAY, db });
    if (!result.ok) throw new Error(`${step}: ${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  }
  const saved = await enregistrerCandidature({ accountId: account.id, candidatureId: start.candidatureId, revision: await revisionOf(db, start.candidatureId) }, { now: TODAY, db });
  if (!saved.ok) throw new Error(saved.formError);
  return { accountId: account.id, candidatureId: start.candidatureId, sessionId: session.id };
}

async function vue(accountId: string, candidatureId: string, at = TODAY) {
  const c = await loadCandidatureAvecPieces(db, { accountId }, candidatureId);
  if (!c) throw new Error("candidature introuvable");
  return vueJustificatifs(c, at);
}

const ajouter = (who: { accountId: string; candidatureId: string }, pieceCode: string, bytes: Uint8Array, nom: string, now = TODAY) =>
  ajouterFichier({ ...who, pieceCode, bytes, nom }, { now, db });

async function fichiers(candidatureId: string) {
  return db.justificatifFichier.findMany({ where: { justificatif: { candidatureId } }, orderBy: { deposeAt: "asc" } });
}

/** Storage and rows before a refused call, to compare after it: nothing may have been added. */
async function etat(candidatureId: string) {
  return { stored: [...storage.objects.keys()].sort(), rows: (await fichiers(candidatureId)).map((f) => [f.id, f.supprimeAt]) };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function lire(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe("the pieces of a saved Clermont-Ferrand candidature", () => {
  it("are the four the notice asks for, all online, with what may be done now", async () => {
    const c = await enregistree();
    const v = await vue(c.accountId, c.candidatureId);
    expect(v.pieces.map((p) => [p.code, p.mode, p.statut, p.actions])).toEqual([
      ["CINSIG01", "UPLOAD", "ATTENDU", ["AJOUTER_FICHIER"]],
      ["1NATID01", "UPLOAD", "ATTENDU", ["AJOUTER_FICHIER"]],
      ["JDCREC01", "UPLOAD", "ATTENDU", ["AJOUTER_FICHIER"]],
      ["CERTRV01", "UPLOAD", "ATTENDU", ["AJOUTER_FICHIER"]],
    ]);
    expect(v.soumission).toEqual({ possible: false, message: expect.stringContaining("Il manque encore 4 pièces") });
    expect(v.fournies).toBe(false);
  });
});

describe("ajouterFichier", () => {
  it("stores a JPEG with its thumbnail and a PDF, each under an opaque key with its row, and the piece is deposited", async () => {
    const c = await enregistree();
    const photo = await ajouter(c, "1NATID01", jpeg, "../../Carte d'identité.JPG");
    const certificat = await ajouter(c, "CERTRV01", pdf, "certificat.pdf", new Date(TODAY.getTime() + 60_000));
    expect(photo).toEqual({ ok: true, fichierId: expect.any(String), nom: "Carte d'identité.jpg" });
    expect(certificat).toEqual({ ok: true, fichierId: expect.any(String), nom: "certificat.pdf" });

    const rows = await fichiers(c.candidatureId);
    expect(rows.map((f) => [f.nomOriginal, f.typeMime, f.taille, f.sha256, f.deposeAt.toISOString(), f.supprimeAt])).toEqual([
      ["Carte d'identité.jpg", "image/jpeg", jpeg.byteLength, sha256(jpeg), TODAY.toISOString(), null],
      ["certificat.pdf", "application/pdf", pdf.byteLength, sha256(pdf), new Date(TODAY.getTime() + 60_000).toISOString(), null],
    ]);
    for (const f of rows) {
      expect(f.storageKey).toMatch(/^justificatifs\/2026\/11\/[0-9a-f-]{36}$/);
      expect(sha256((await storage.get(f.storageKey))!)).toBe(f.sha256);
    }
    const [photoRow, pdfRow] = rows;
    const vignette = await storage.get(vignetteKey(photoRow!.storageKey));
    expect(await sharp(vignette!).metadata()).toMatchObject({ format: "jpeg", width: 300, height: 225 });
    expect(await storage.exists(vignetteKey(pdfRow!.storageKey))).toBe(false);

    const v = await vue(c.accountId, c.candidatureId);
    const identite = v.pieces.find((p) => p.code === "1NATID01")!;
    expect(identite).toMatchObject({ statut: "DEPOSE", statutLibelle: null, fournie: false, actions: ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER"] });
    expect(identite.fichiers).toEqual([{ id: photo.ok ? photo.fichierId : "", nom: "Carte d'identité.jpg", typeMime: "image/jpeg", taille: jpeg.byteLength, deposeAt: TODAY }]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Justificatif", action: "justificatif.fichier_ajoute", entityId: { in: (await db.justificatif.findMany({ where: { candidatureId: c.candidatureId } })).map((j) => j.id) } } });
    expect(audit.map((a) => (a.after as { pieceCode: string }).pieceCode).sort()).toEqual(["1NATID01", "CERTRV01"]);
  });

  it("refuses a text file renamed .jpg, an empty file, a truncated PDF and a JPEG named .pdf, with their French message, storing nothing", async () => {
    const c = await enregistree();
    const before = await etat(c.candidatureId);
    const cas: [Uint8Array, string, string, string][] = [
      [new TextEncoder().encode("Ceci n'est pas une image.\n".repeat(20)), "photo.jpg", "type", UPLOAD_REFUSALS.type],
      [new Uint8Array(), "vide.pdf", "vide", UPLOAD_REFUSALS.vide],
      [pdf.slice(0, Math.floor(pdf.byteLength / 2)), "tronque.pdf", "pdf_illisible", UPLOAD_REFUSALS.pdf_illisible],
      [jpeg, "scan.pdf", "extension", UPLOAD_REFUSALS.extension],
    ];
    for (const [bytes, nom, code, message] of cas) expect(await ajouter(c, "1NATID01", bytes, nom), nom).toEqual({ ok: false, code, message });
    expect(await etat(c.candidatureId)).toEqual(before);
    expect((await vue(c.accountId, c.candidatureId)).pieces.find((p) => p.code === "1NATID01")?.statut).toBe("ATTENDU");
  });

  it("tells the candidate in French when the storage refuses the write (full, read-only), keeping no row and no part of the file", async () => {
    const c = await enregistree();
    const before = await etat(c.candidatureId);
    const piece = async () => (await vue(c.accountId, c.candidatureId)).pieces.find((p) => p.code === "1NATID01")?.statut;
    // The operator's log says why (console.error, which the test setup otherwise counts as a failure).
    const journal = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // The file itself refused (a full disk: ENOSPC), then only its thumbnail (the file was stored and must go).
    for (const refuse of [() => true, (key: string) => key.endsWith("-vignette")]) {
      const refusante: typeof storage = {
        ...storage,
        async put(key, data, options) {
          if (refuse(key)) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          return storage.put(key, data, options);
        },
      };
      setStorageForTests(refusante);
      try {
        expect(await ajouter(c, "1NATID01", jpeg, "photo.jpg")).toEqual({
          ok: false,
          code: "stockage_indisponible",
          message: messageDepotErreur("stockage_indisponible"),
        });
      } finally {
        setStorageForTests(storage);
      }
      expect(await etat(c.candidatureId)).toEqual(before);
      expect(await piece()).toBe("ATTENDU");
    }
    expect(journal.mock.calls.map((args) => String(args[0]))).toEqual([expect.stringContaining("ENOSPC"), expect.stringContaining("ENOSPC")]);
    journal.mockClear();
    expect(messageDepotErreur("stockage_indisponible")).toMatch(/^Le fichier n’a pas pu être enregistré/);
    // The page without JavaScript is sent back with the code, which reads as the same message.
    expect(parseDepotErreur("stockage_indisponible")).toBe("stockage_indisponible");
  });

  it("refuses outside the deposit window, at the server's time, saying when it opens or closed", async () => {
    const c = await enregistree();
    const session = await db.session.findUniqueOrThrow({ where: { id: c.sessionId } });
    const fenetre = fenetrePiece(session, "1NATID01");
    const before = await etat(c.candidatureId);
    // The closing instant itself is closed; a millisecond before, it is open.
    expect(await ajouter(c, "1NATID01", jpeg, "a.jpg", fenetre.closesAt)).toEqual({
      ok: false,
      code: "DEPOT_CLOS",
      message: expect.stringMatching(/^Le dépôt de cette pièce est clos depuis le \S+ \d+ décembre 2026 à 17\u00a0h\u00a000, heure de Paris\u00a0: rien n’a été enregistré/),
    });
    expect(await ajouter(c, "1NATID01", jpeg, "a.jpg", new Date(fenetre.opensAt.getTime() - 1))).toMatchObject({ ok: false, code: "DEPOT_NON_OUVERT" });
    expect(await etat(c.candidatureId)).toEqual(before);
    expect(await ajouter(c, "1NATID01", jpeg, "a.jpg", new Date(fenetre.closesAt.getTime() - 1))).toMatchObject({ ok: true });
    // After closing the page offers nothing more, but for the signed confirmation, due one week later (NI).
    expect((await vue(c.accountId, c.candidatureId, fenetre.closesAt)).pieces.map((p) => [p.code, p.actions])).toEqual([
      ["CINSIG01", ["AJOUTER_FICHIER"]],
      ["1NATID01", []],
      ["JDCREC01", []],
      ["CERTRV01", []],
    ]);
    expect(fenetrePiece(session, "CINSIG01").closesAt.getTime() - fenetre.closesAt.getTime()).toBe(7 * 24 * 3_600_000);
  });

  it("refuses a piece that goes by post (Aix-Marseille), whose consigne says where and by when", async () => {
    const forms = formulairesClermont();
    forms.identification = { ...forms.identification, codePostal: "13001", commune: "Marseille" };
    const c = await enregistree(AIX, forms);
    const v = await vue(c.accountId, c.candidatureId);
    const identite = v.pieces.find((p) => p.code === "1NATID01")!;
    expect(identite).toMatchObject({ mode: "POSTAL", actions: [] });
    expect(identite.consigne).toMatch(/^À envoyer par la poste au plus tard le \S+ \d+ \S+ \d{4}, cachet de la poste faisant foi, à\u00a0: Rectorat de l’académie d’Aix-Marseille/);
    expect(identite.envoi?.adresse.at(-1)).toBe("13000 Aix-en-Provence");
    expect(identite.envoi?.mention).toMatch(/^Précisez sur l’enveloppe\u00a0: Baccalauréat professionnel, spécialité/);
    expect(v.soumission).toEqual({ possible: false, message: expect.stringContaining("Aucune pièce de cette candidature ne se dépose en ligne") });
    const before = await etat(c.candidatureId);
    expect(await ajouter(c, "1NATID01", jpeg, "a.jpg")).toMatchObject({ ok: false, code: "PIECE_POSTALE", message: expect.stringContaining("s’envoie par la poste") });
    expect(await etat(c.candidatureId)).toEqual(before);
  });

  it("finds neither another candidate's candidature nor a piece it does not require", async () => {
    const c = await enregistree();
    const autre = await enregistree();
    const before = await etat(c.candidatureId);
    expect(await ajouter({ accountId: autre.accountId, candidatureId: c.candidatureId }, "1NATID01", jpeg, "a.jpg")).toMatchObject({ ok: false, introuvable: true });
    expect(await ajouter(c, "VAEDEC01", jpeg, "a.jpg")).toMatchObject({ ok: false, introuvable: true });
    expect(await ajouter(c, "1NATID01'; --", jpeg, "a.jpg")).toMatchObject({ ok: false, introuvable: true });
    expect(await ajouter({ accountId: c.accountId, candidatureId: "\u0000" }, "1NATID01", jpeg, "a.jpg")).toMatchObject({ ok: false, introuvable: true });
    expect(await etat(c.candidatureId)).toEqual(before);
  });
});

describe("supprimerFichier", () => {
  it("removes the file and its thumbnail from the storage, keeps the row marked deleted, and the piece waits again", async () => {
    const c = await enregistree();
    const a = await ajouter(c, "1NATID01", jpeg, "recto.jpg");
    const b = await ajouter(c, "1NATID01", jpeg, "verso.jpg");
    if (!a.ok || !b.ok) throw new Error("dépôt refusé");
    const [recto] = await fichiers(c.candidatureId);
    const later = new Date(TODAY.getTime() + 3_600_000);

    expect(await supprimerFichier({ ...c, fichierId: a.fichierId }, { now: later, db })).toEqual({ ok: true, fichierId: a.fichierId, nom: "recto.jpg" });
    expect(await storage.exists(recto!.storageKey)).toBe(false);
    expect(await storage.exists(vignetteKey(recto!.storageKey))).toBe(false);
    expect((await db.justificatifFichier.findUniqueOrThrow({ where: { id: a.fichierId } })).supprimeAt).toEqual(later);
    let piece = (await vue(c.accountId, c.candidatureId)).pieces.find((p) => p.code === "1NATID01")!;
    expect([piece.statut, piece.fichiers.map((f) => f.nom)]).toEqual(["DEPOSE", ["verso.jpg"]]);

    // Deleted once, it is not found again; nor by another candidate.
    expect(await supprimerFichier({ ...c, fichierId: a.fichierId }, { now: later, db })).toMatchObject({ ok: false, introuvable: true });
    const autre = await enregistree();
    expect(await supprimerFichier({ accountId: autre.accountId, candidatureId: c.candidatureId, fichierId: b.fichierId }, { now: later, db })).toMatchObject({ ok: false, introuvable: true });

    expect(await supprimerFichier({ ...c, fichierId: b.fichierId }, { now: later, db })).toMatchObject({ ok: true });
    piece = (await vue(c.accountId, c.candidatureId)).pieces.find((p) => p.code === "1NATID01")!;
    expect([piece.statut, piece.fichiers, piece.actions]).toEqual(["ATTENDU", [], ["AJOUTER_FICHIER"]]);
  });
});

describe("« J'ai fourni toutes mes pièces »", () => {
  async function toutDeposer(c: { accountId: string; candidatureId: string }) {
    for (const [code, bytes, nom] of [
      ["CINSIG01", pdf, "confirmation-signee.pdf"],
      ["1NATID01", jpeg, "identite.jpg"],
      ["JDCREC01", pdf, "jdc.pdf"],
      ["CERTRV01", pdf, "certificats.pdf"],
    ] as const) {
      const r = await ajouter(c, code, bytes, nom);
      if (!r.ok) throw new Error(`${code}: ${r.message}`);
    }
  }

  it("is refused while an online piece has no file, then hands every piece in and locks them", async () => {
    const c = await enregistree();
    await ajouter(c, "1NATID01", jpeg, "identite.jpg");
    expect(await fournirPieces(c, { now: TODAY, db })).toMatchObject({ ok: false, message: expect.stringMatching(/^Il manque encore 3 pièces\u00a0: Confirmation d’inscription datée et signée\u00a0; /) });
    await toutDeposer(c);
    const at = new Date(TODAY.getTime() + 120_000);
    expect(await fournirPieces(c, { now: at, db })).toEqual({ ok: true, at, fournies: ["CINSIG01", "1NATID01", "JDCREC01", "CERTRV01"] });

    const v = await vue(c.accountId, c.candidatureId, at);
    expect(v).toMatchObject({ fournies: true, piecesFourniesAt: at, soumission: { possible: false, message: expect.stringContaining("déjà indiqué avoir fourni") } });
    expect(v.pieces.map((p) => [p.code, p.fournie, p.actions])).toEqual([
      ["CINSIG01", true, []],
      ["1NATID01", true, []],
      ["JDCREC01", true, []],
      ["CERTRV01", true, []],
    ]);

    // Locked: no new file, no deletion, nothing stored.
    const before = await etat(c.candidatureId);
    expect(await ajouter(c, "1NATID01", jpeg, "autre.jpg", at)).toMatchObject({ ok: false, code: "PIECE_FOURNIE", message: expect.stringContaining("ne peut plus être modifiée") });
    const [premier] = await fichiers(c.candidatureId);
    expect(await supprimerFichier({ ...c, fichierId: premier!.id }, { now: at, db })).toMatchObject({ ok: false, message: expect.stringContaining("ne peut plus être modifiée") });
    expect(await fournirPieces(c, { now: at, db })).toMatchObject({ ok: false, message: expect.stringContaining("déjà indiqué") });
    expect(await etat(c.candidatureId)).toEqual(before);

    // Another candidate cannot hand them in.
    const autre = await enregistree();
    expect(await fournirPieces({ accountId: autre.accountId, candidatureId: c.candidatureId }, { now: at, db })).toMatchObject({ ok: false, introuvable: true });
  });

  it("after a manager's Non conforme: the comment shows, the piece takes a new file and must be handed in again", async () => {
    const c = await enregistree();
    await toutDeposer(c);
    await fournirPieces(c, { now: TODAY, db });

    // The back office does not exist yet: its move is decided by the state machine and written here.
    const plus = (minutes: number) => new Date(TODAY.getTime() + minutes * 60_000);
    const candidature = (await loadCandidatureAvecPieces(db, { accountId: c.accountId }, c.candidatureId))!;
    const row = candidature.justificatifs.find((j) => j.pieceCode === "1NATID01")!;
    const decision = decidePieceAction(etatJustificatif(row), { type: "MARQUER_NON_CONFORME", commentaire: "Le verso de la carte d'identité manque." }, {
      acteur: "GESTIONNAIRE",
      maintenant: plus(60),
      candidatureStatut: "ENREGISTREE",
      fenetre: fenetrePiece(candidature.session, "1NATID01"),
      zone: "Europe/Paris",
    });
    if (!decision.ok) throw new Error(decision.message);
    expect(decision.annulerPiecesFournies).toBe(true);
    const { statut, deposeAt, commentaire, recuAt, valideAt } = decision.justificatif;
    await db.justificatif.update({ where: { id: row.id }, data: { statut, deposeAt, commentaire, recuAt, valideAt } });
    await db.candidature.update({ where: { id: c.candidatureId }, data: { piecesFourniesAt: null } });

    let v = await vue(c.accountId, c.candidatureId, plus(61));
    let identite = v.pieces.find((p) => p.code === "1NATID01")!;
    expect(identite).toMatchObject({ statut: "NON_CONFORME", statutLibelle: "Non conforme", commentaire: "Le verso de la carte d'identité manque.", actions: ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER"] });
    expect(v.pieces.filter((p) => p.code !== "1NATID01").every((p) => p.actions.length === 0)).toBe(true);
    expect(v.soumission).toMatchObject({ possible: false, message: expect.stringContaining("Il manque encore une pièce") });
    expect(await ajouter(c, "CERTRV01", pdf, "autre.pdf", plus(61))).toMatchObject({ ok: false, code: "PIECE_FOURNIE" });

    expect(await ajouter(c, "1NATID01", jpeg, "verso.jpg", plus(62))).toMatchObject({ ok: true });
    v = await vue(c.accountId, c.candidatureId, plus(62));
    identite = v.pieces.find((p) => p.code === "1NATID01")!;
    // The comment stays until the next verdict; the piece may be handed in again.
    expect(identite).toMatchObject({ statut: "DEPOSE", statutLibelle: null, commentaire: "Le verso de la carte d'identité manque.", fournie: false });
    expect(identite.fichiers.map((f) => f.nom)).toEqual(["identite.jpg", "verso.jpg"]);
    expect(v).toMatchObject({ fournies: false, soumission: { possible: true } });

    expect(await fournirPieces(c, { now: plus(63), db })).toEqual({ ok: true, at: plus(63), fournies: ["1NATID01"] });
    v = await vue(c.accountId, c.candidatureId, plus(63));
    expect(v).toMatchObject({ fournies: true, piecesFourniesAt: plus(63) });
    expect(v.pieces.every((p) => p.actions.length === 0)).toBe(true);
  });
});

describe("lireFichier", () => {
  it("gives the file to its candidate and to its académie's staff, the thumbnail of a JPEG, and nothing to anyone else", async () => {
    const c = await enregistree();
    const photo = await ajouter(c, "1NATID01", jpeg, "identite.jpg");
    const scan = await ajouter(c, "CERTRV01", pdf, "certificat.pdf");
    if (!photo.ok || !scan.ok) throw new Error("dépôt refusé");
    const academieId = (await db.session.findUniqueOrThrow({ where: { id: c.sessionId } })).academieId;
    const autreAcademie = (await db.academie.findFirstOrThrow({ where: { code: AIX } })).id;
    const autre = await enregistree();
    const args = { candidatureId: c.candidatureId, fichierId: photo.fichierId };

    const lu = await lireFichier({ id: c.accountId, role: "CANDIDAT", academieId: null }, args);
    expect([lu?.nom, lu?.typeMime, lu?.size]).toEqual(["identite.jpg", "image/jpeg", jpeg.byteLength]);
    expect(sha256(await lire(lu!.body))).toBe(sha256(jpeg));
    for (const reader of [
      { id: "gestionnaire", role: "GESTIONNAIRE", academieId },
      { id: "admin", role: "ADMIN_ACADEMIE", academieId },
      { id: "national", role: "ADMIN_NATIONAL", academieId: null },
    ] as const) {
      const read = await lireFichier(reader, args);
      expect(read?.size, reader.role).toBe(jpeg.byteLength);
      read?.body.destroy();
    }
    const vignette = await lireFichier({ id: c.accountId, role: "CANDIDAT", academieId: null }, { ...args, vignette: true });
    expect(await sharp(await lire(vignette!.body)).metadata()).toMatchObject({ format: "jpeg", width: 300 });
    expect(await lireFichier({ id: c.accountId, role: "CANDIDAT", academieId: null }, { candidatureId: c.candidatureId, fichierId: scan.fichierId, vignette: true })).toBeNull();

    expect(await lireFichier({ id: autre.accountId, role: "CANDIDAT", academieId: null }, args)).toBeNull();
    expect(await lireFichier({ id: autre.accountId, role: "CANDIDAT", academieId: null }, { ...args, candidatureId: autre.candidatureId })).toBeNull();
    expect(await lireFichier({ id: "g", role: "GESTIONNAIRE", academieId: autreAcademie }, args)).toBeNull();
    expect(await lireFichier({ id: "g", role: "GESTIONNAIRE", academieId: null }, args)).toBeNull();

    // Deleted: gone for everyone.
    await supprimerFichier({ ...c, fichierId: photo.fichierId }, { now: TODAY, db });
    expect(await lireFichier({ id: c.accountId, role: "CANDIDAT", academieId: null }, args)).toBeNull();
    expect(await lireFichier({ id: "national", role: "ADMIN_NATIONAL", academieId: null }, args)).toBeNull();
  });
});
