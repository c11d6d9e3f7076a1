import type { PrismaClient } from "@prisma/client";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { chargerDossier } from "@/lib/server/gestion/charger-dossier";
import { filePieces } from "@/lib/server/gestion/file-pieces";
import type { Scope } from "@/lib/server/gestion/scope";
import { apercuFichier, apercuKey } from "@/lib/server/justificatifs/apercu-fichier";
import { examinerPiece } from "@/lib/server/justificatifs/examiner-piece";
import { setStorageForTests } from "@/lib/storage";
import { memoryStorage } from "../fixtures/memory-storage";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 9 §4–5: the review queue, the dossier and concurrent verdicts, always within the manager's
// académie.
const TODAY = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, minutes));
let db: PrismaClient;
let clermont: Scope & { role: "GESTIONNAIRE" };
let clermont2: Scope & { role: "GESTIONNAIRE" };
let nice: Scope & { role: "GESTIONNAIRE" };
let ids: string[] = [];
let idNice = "";

const acteur = (s: Scope) => ({ id: s.accountId, role: "GESTIONNAIRE" as const, academieId: s.academieId });

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  const scopeDe = async (code: string) => {
    const g = await creerPersonnel(db, code);
    return { academieId: g.academieId!, accountId: g.id, role: "GESTIONNAIRE" as const };
  };
  [clermont, clermont2, nice] = [await scopeDe("06"), await scopeDe("06"), await scopeDe("23")];
  ids = await insererDossiers(db, "06", [
    { nomNaissance: "Second", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: at(20) }] },
    { nomNaissance: "Premier", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: at(10) }, { code: "JDCREC01", statut: "RECUE", mode: "POSTAL", deposeAt: null }] },
    { nomNaissance: "Pas transmis", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: null }] },
    { nomNaissance: "Caduque", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: at(1), caduc: true }] },
    { nomNaissance: "Desinscrit", statut: "DESINSCRITE", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: at(2) }] },
  ]);
  idNice = (await insererDossiers(db, "23", [{ nomNaissance: "Nice", pieces: [{ code: "CINSIG01", statut: "DEPOSE", deposeAt: at(0) }] }]))[0]!;
}, 120_000);
const storage = memoryStorage();
setStorageForTests(storage);
afterAll(() => setStorageForTests(null));

describe("the review queue", () => {
  it("holds the académie's pieces handed in or received, oldest first, and nothing else", async () => {
    const file = await filePieces(db, clermont, { taille: 1000 });
    const mine = file.pieces.filter((p) => ids.includes(p.candidatureId));
    expect(mine.map((p) => [p.nomNaissance, p.pieceCode])).toEqual([
      ["Premier", "CINSIG01"],
      ["Second", "CINSIG01"],
      ["Premier", "JDCREC01"],
    ]);
    expect(file.pieces.map((p) => p.candidatureId)).not.toContain(idNice);
    // Other files may share this database: Nice's queue holds this test's dossier, and none of Clermont's.
    const deNice = (await filePieces(db, nice, { taille: 1000 })).pieces.map((p) => p.candidatureId);
    expect(deNice).toContain(idNice);
    expect(deNice.filter((id) => ids.includes(id))).toEqual([]);
  });

  it("skips the piece shown to the next one", async () => {
    const file = await filePieces(db, clermont);
    const apres = await filePieces(db, clermont, { apres: file.suivante });
    expect(apres.pieces[0]?.justificatifId).toBe(file.pieces[1]?.justificatifId);
  });
});

describe("the dossier", () => {
  it("is unknown to another académie", async () => {
    expect(await chargerDossier(db, nice, ids[0]!, TODAY)).toBeNull();
    expect(await chargerDossier(db, clermont, idNice, TODAY)).toBeNull();
    expect(await chargerDossier(db, clermont, "pas-un-id-valide!", TODAY)).toBeNull();
    const dossier = await chargerDossier(db, clermont, ids[1]!, TODAY);
    expect(dossier?.pieces.map((p) => [p.code, p.verdicts])).toEqual([
      ["CINSIG01", ["MARQUER_RECUE", "MARQUER_NON_CONFORME", "MARQUER_CONFORME"]],
      ["JDCREC01", ["MARQUER_RECUE", "MARQUER_NON_CONFORME", "MARQUER_CONFORME"]],
    ]);
  });
});

describe("two managers deciding on the same piece", () => {
  it("gives the second a conflict naming the first, never a silent overwrite", async () => {
    const dossier = (await chargerDossier(db, clermont, ids[0]!, TODAY))!;
    const piece = dossier.pieces[0]!;
    // Both drew the form from the same state.
    const premier = await examinerPiece(
      { actor: acteur(clermont), candidatureId: ids[0]!, pieceCode: piece.code, verdict: { type: "MARQUER_CONFORME" }, attendu: piece.updatedAt },
      { now: TODAY, db },
    );
    expect(premier).toEqual({ ok: true });
    const second = await examinerPiece(
      { actor: acteur(clermont2), candidatureId: ids[0]!, pieceCode: piece.code, verdict: { type: "MARQUER_NON_CONFORME", commentaire: "Illisible" }, attendu: piece.updatedAt },
      { now: TODAY, db },
    );
    expect(second).toMatchObject({ ok: false, conflit: true, message: expect.stringContaining("par Essai Personnel") });
    const row = await db.justificatif.findFirstOrThrow({ where: { candidatureId: ids[0]!, pieceCode: piece.code } });
    expect(row).toMatchObject({ statut: "CONFORME", commentaire: null });
    expect(await db.auditEvent.count({ where: { entityType: "Justificatif", entityId: row.id } })).toBe(1);
  });

  it("refuses a manager of another académie as if the piece did not exist", async () => {
    const avant = await db.justificatif.findFirstOrThrow({ where: { candidatureId: ids[1]!, pieceCode: "CINSIG01" } });
    const result = await examinerPiece({ actor: acteur(nice), candidatureId: ids[1]!, pieceCode: "CINSIG01", verdict: { type: "MARQUER_CONFORME" } }, { now: TODAY, db });
    expect(result).toMatchObject({ ok: false, introuvable: true });
    expect(await db.justificatif.findFirstOrThrow({ where: { id: avant.id } })).toEqual(avant);
  });
});

describe("a file's preview beside the decision", () => {
  it("draws a PDF's first page once, for the staff of its académie only", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    const bytes = Buffer.from(await doc.save());
    const justificatif = await db.justificatif.findFirstOrThrow({ where: { candidatureId: ids[1]!, pieceCode: "CINSIG01" } });
    await storage.put("justificatifs/essai/apercu-1", bytes);
    const fichier = await db.justificatifFichier.create({
      data: { justificatifId: justificatif.id, storageKey: "justificatifs/essai/apercu-1", nomOriginal: "piece.pdf", typeMime: "application/pdf", taille: bytes.length, sha256: "0".repeat(64) },
    });
    expect(await apercuFichier(nice, { candidatureId: ids[1]!, fichierId: fichier.id })).toBeNull();
    expect(await apercuFichier(clermont, { candidatureId: idNice, fichierId: fichier.id })).toBeNull();
    const apercu = await apercuFichier(clermont, { candidatureId: ids[1]!, fichierId: fichier.id });
    expect(apercu?.typeMime).toBe("image/png");
    expect(apercu?.bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(storage.objects.has(apercuKey("justificatifs/essai/apercu-1"))).toBe(true);
  });
});
