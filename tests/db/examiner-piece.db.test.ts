import type { PrismaClient } from "@prisma/client";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { setMailerForTests } from "@/lib/mail";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { ajouterFichier } from "@/lib/server/justificatifs/ajouter-fichier";
import { examinerPiece } from "@/lib/server/justificatifs/examiner-piece";
import { fournirPieces } from "@/lib/server/justificatifs/fournir-pieces";
import { setStorageForTests } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";
import { memoryStorage } from "../fixtures/memory-storage";

// Issue 8 §6: a manager's verdict, decided by the pieces state machine, and the candidate told by
// mail when a piece is Non conforme.
const TODAY = new Date("2026-11-22T12:00:00Z");
const later = (minutes: number) => new Date(TODAY.getTime() + minutes * 60_000);
let db: PrismaClient;
let pdf: Uint8Array;
const mailer = memoryMailer();

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(mailer);
  setStorageForTests(memoryStorage());
  const doc = await PDFDocument.create();
  doc.addPage();
  pdf = await doc.save();
}, 120_000);
afterAll(() => {
  setStorageForTests(null);
  setMailerForTests(null);
});

async function pieceFournie() {
  const account = await createCandidat(db);
  const session = await demoSession(db, "06");
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: TODAY, db });
  if (!start.ok) throw new Error(start.formError);
  const { candidatureId } = start;
  for (const [step, input] of Object.entries(formulairesClermont()) as [StepKey, Record<string, unknown>][]) {
    const saved = await saveStep({ accountId: account.id, candidatureId, step, input, revision: await revisionOf(db, candidatureId) }, { now: TODAY, db });
    if (!saved.ok) throw new Error(`${step} : ${saved.formError}`);
  }
  const saved = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await revisionOf(db, candidatureId) }, { now: TODAY, db });
  if (!saved.ok) throw new Error(saved.formError);
  const pieces = await db.justificatif.findMany({ where: { candidatureId, caduc: false, mode: "UPLOAD" } });
  for (const p of pieces) {
    const added = await ajouterFichier({ accountId: account.id, candidatureId, pieceCode: p.pieceCode, bytes: pdf, nom: `${p.pieceCode}.pdf` }, { now: later(1), db });
    if (!added.ok) throw new Error(added.message);
  }
  const fournies = await fournirPieces({ accountId: account.id, candidatureId }, { now: later(2), db });
  if (!fournies.ok) throw new Error(fournies.message);
  await mailer.forget();
  const academie = await db.academie.findUniqueOrThrow({ where: { code: "06" } });
  return { account, candidatureId, pieceCode: pieces[0]!.pieceCode, academieId: academie.id };
}

/** A demo staff account of the seed (audit rows point to real accounts). */
async function staff(role: "GESTIONNAIRE" | "ADMIN_NATIONAL", academieId: string | null) {
  const a = await db.account.findFirstOrThrow({ where: { role, academieId }, select: { id: true, role: true, academieId: true } });
  return a;
}

describe("examinerPiece", () => {
  it("Non conforme needs a comment, reopens the piece, clears « pièces fournies » and mails the candidate; then Conforme locks it", { timeout: 90_000 }, async () => {
    const { account, candidatureId, pieceCode, academieId } = await pieceFournie();
    const gestionnaire = await staff("GESTIONNAIRE", academieId);

    const sansMotif = await examinerPiece({ actor: gestionnaire, candidatureId, pieceCode, verdict: { type: "MARQUER_NON_CONFORME", commentaire: "   " } }, { now: later(10), db });
    expect(sansMotif).toMatchObject({ ok: false, message: expect.stringContaining("commentaire est obligatoire") });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).piecesFourniesAt).not.toBeNull();

    expect(await examinerPiece({ actor: gestionnaire, candidatureId, pieceCode, verdict: { type: "MARQUER_NON_CONFORME", commentaire: "Le verso manque." } }, { now: later(10), db })).toEqual({ ok: true });
    const piece = await db.justificatif.findFirstOrThrow({ where: { candidatureId, pieceCode } });
    expect(piece).toMatchObject({ statut: "NON_CONFORME", commentaire: "Le verso manque." });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).piecesFourniesAt).toBeNull();
    const [mail] = (await mailer.delivered()).filter((m) => m.to === account.email);
    expect(mail?.subject).toBe("Une pièce justificative n'est pas conforme");
    expect(mail?.text).toContain("Le verso manque.");
    expect(mail?.text).toContain(`/mes-candidatures/${candidatureId}/justificatifs`);
    expect(await db.auditEvent.count({ where: { entityId: piece.id, action: "justificatif.non_conforme", actorId: gestionnaire.id } })).toBe(1);

    // The candidate re-deposits and hands in again; the manager validates.
    expect((await ajouterFichier({ accountId: account.id, candidatureId, pieceCode, bytes: pdf, nom: "verso.pdf" }, { now: later(20), db })).ok).toBe(true);
    expect((await fournirPieces({ accountId: account.id, candidatureId }, { now: later(21), db })).ok).toBe(true);
    expect(await examinerPiece({ actor: gestionnaire, candidatureId, pieceCode, verdict: { type: "MARQUER_CONFORME" } }, { now: later(30), db })).toEqual({ ok: true });
    expect(await db.justificatif.findFirstOrThrow({ where: { candidatureId, pieceCode } })).toMatchObject({ statut: "CONFORME", valideAt: later(30) });
    const locked = await ajouterFichier({ accountId: account.id, candidatureId, pieceCode, bytes: pdf, nom: "encore.pdf" }, { now: later(31), db });
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining("conforme") });
  });

  it("is refused to a manager of another académie and to a candidate, as if the piece did not exist", async () => {
    const { account, candidatureId, pieceCode } = await pieceFournie();
    const nice = await db.academie.findUniqueOrThrow({ where: { code: "23" } });
    const verdict = { type: "MARQUER_CONFORME" as const };
    expect(await examinerPiece({ actor: await staff("GESTIONNAIRE", nice.id), candidatureId, pieceCode, verdict }, { now: later(10), db })).toMatchObject({ ok: false, introuvable: true });
    expect(await examinerPiece({ actor: { id: account.id, role: "CANDIDAT", academieId: null }, candidatureId, pieceCode, verdict }, { now: later(10), db })).toMatchObject({ ok: false, introuvable: true });
    expect((await db.justificatif.findFirstOrThrow({ where: { candidatureId, pieceCode } })).statut).toBe("DEPOSE");
    expect(await examinerPiece({ actor: await staff("ADMIN_NATIONAL", null), candidatureId, pieceCode, verdict }, { now: later(10), db })).toEqual({ ok: true });
  });
});
