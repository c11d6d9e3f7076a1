import "../fixtures/document-keys";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { setMailerForTests } from "@/lib/mail";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { lireDocument } from "@/lib/server/documents/lire-document";
import { getStorage, newStorageKey } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";

// Issue 8 §7: Mes documents, and "Un nouveau document est disponible".
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;
const mailer = memoryMailer();

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(mailer);
}, 60_000);
afterAll(() => setMailerForTests(null));
beforeEach(async () => {
  await runPendingJobs();
  await mailer.forget();
});

async function registered() {
  const account = await createCandidat(db);
  const session = await demoSession(db, "06");
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: TODAY, db });
  if (!start.ok) throw new Error(start.formError);
  const { candidatureId } = start;
  for (const [step, input] of Object.entries(formulairesClermont()) as [StepKey, Record<string, unknown>][]) {
    const saved = await saveStep({ accountId: account.id, candidatureId, step, input, revision: await revisionOf(db, candidatureId) }, { now: TODAY, db });
    if (!saved.ok) throw new Error(`${step} : ${saved.formError}`);
  }
  const result = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await revisionOf(db, candidatureId) }, { now: TODAY, db });
  if (!result.ok) throw new Error("ENREGISTRER refusé");
  return { account, candidatureId, numero: result.numero };
}

describe("Mes documents", () => {
  it("lists each saved version's confirmation, before and after the queue produced it, and mails « Un nouveau document est disponible »", { timeout: 60_000 }, async () => {
    const { account, candidatureId } = await registered();
    const avant = await listDocuments(account.id, candidatureId, db);
    expect(avant?.documents).toEqual([
      expect.objectContaining({ id: null, type: "CONFIRMATION_INSCRIPTION", titre: "Confirmation d’inscription, version 1", createdAt: null, href: `/mes-candidatures/${candidatureId}/confirmation/1` }),
    ]);
    expect(await runPendingJobs(["confirmation-pdf"])).toEqual({ completed: 1, failed: 0 });
    const apres = await listDocuments(account.id, candidatureId, db);
    expect(apres?.documents).toHaveLength(1);
    expect(apres?.documents[0]).toMatchObject({ type: "CONFIRMATION_INSCRIPTION", typeLibelle: "Confirmation d’inscription" });
    expect(apres?.documents[0]?.id).not.toBeNull();
    expect(apres?.documents[0]?.createdAt).toBeInstanceOf(Date);
    const mails = (await mailer.delivered()).filter((m) => m.to === account.email).map((m) => m.subject);
    expect(mails).toEqual(["Confirmation d'inscription", "Un nouveau document est disponible"]);
    const annonce = mailer.sent.find((m) => m.subject === "Un nouveau document est disponible");
    expect(annonce?.text).toContain(`/mes-candidatures/${candidatureId}/documents`);
    // Another candidate, or a garbled id, sees nothing.
    const autre = await createCandidat(db);
    expect(await listDocuments(autre.id, candidatureId, db)).toBeNull();
    expect(await listDocuments(account.id, "x\u0000y", db)).toBeNull();
  });

  it("serves a stored document to its candidate and to its académie's staff only", async () => {
    const { account, candidatureId } = await registered();
    const storageKey = newStorageKey("documents/essais", TODAY);
    await getStorage().put(storageKey, Buffer.from("%PDF-1.7\n%%EOF\n"));
    const doc = await db.document.create({ data: { candidatureId, type: "DEMANDE_PIECES", titre: "Demande de pièces", storageKey, taille: 15, createdAt: TODAY } });
    const clermont = await db.academie.findUniqueOrThrow({ where: { code: "06" } });
    const nice = await db.academie.findUniqueOrThrow({ where: { code: "23" } });
    const lire = async (lecteur: { id: string; role: "CANDIDAT" | "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL"; academieId: string | null }) => {
      const lu = await lireDocument(lecteur, { candidatureId, documentId: doc.id });
      lu?.body.destroy();
      return lu === null ? null : lu.titre;
    };
    expect(await lire({ id: account.id, role: "CANDIDAT", academieId: null })).toBe("Demande de pièces");
    expect(await lire({ id: (await createCandidat(db)).id, role: "CANDIDAT", academieId: null })).toBeNull();
    expect(await lire({ id: "gestionnaire", role: "GESTIONNAIRE", academieId: clermont.id })).toBe("Demande de pièces");
    expect(await lire({ id: "gestionnaire", role: "GESTIONNAIRE", academieId: nice.id })).toBeNull();
    expect(await lire({ id: "national", role: "ADMIN_NATIONAL", academieId: null })).toBe("Demande de pièces");
    const listed = await listDocuments(account.id, candidatureId, db);
    expect(listed?.documents.find((d) => d.id === doc.id)).toMatchObject({ typeLibelle: "Demande de pièces", href: `/mes-candidatures/${candidatureId}/documents/${doc.id}` });
  });
});
