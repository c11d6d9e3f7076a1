// AUTH_SECRET for the document HMAC, and on PostgreSQL a test certificate (SEAL_P12_PATH).
import "../fixtures/document-keys";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { fixedClock } from "@/lib/domain/clock";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { estCodeVerification } from "@/lib/domain/confirmation/code-verification";
import { JOB_SCHEMA } from "@/lib/jobs/definitions";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { setMailerForTests } from "@/lib/mail";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { genererConfirmation } from "@/lib/server/confirmations/generer-confirmation";
import { lireConfirmation } from "@/lib/server/confirmations/lire-confirmation";
import { verifierCode, verifierCopie } from "@/lib/server/confirmations/verifier-confirmation";
import { createLocalStorage, setStorageForTests } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import { demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";
import { pdfsig, pdfText, qrCodesOfFirstPage } from "../fixtures/pdf";

// Issue 8 §1–2 on a real saved candidature: ENREGISTRER queues the job, the job generates the
// sealed PDF once per version, the download reads it (or generates it), the verification page
// recognises its code and the exact bytes only.
const TODAY = new Date("2026-11-22T12:00:00Z");
const clock = fixedClock(TODAY);
const CLERMONT = "06";

const dir = mkdtempSync(path.join(tmpdir(), "confirmation-db-"));
const storageDir = path.join(dir, "fichiers");

let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(memoryMailer());
  setStorageForTests(createLocalStorage(storageDir));
  // On PostgreSQL the worker's database is shared with earlier test files: their queued
  // confirmations are generated first, so that this file counts only its own jobs.
  await runPendingJobs(["confirmation-pdf"]);
}, 120_000);
afterAll(() => {
  setStorageForTests(null);
  setMailerForTests(null);
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
async function candidat(names: { prenoms: string; nomNaissance: string; nomUsage?: string }) {
  n += 1;
  const email = `confirmation.${process.pid}.${Date.now()}.${n}@example.fr`;
  return db.account.create({
    data: {
      email,
      emailNormalized: email,
      civilite: "MONSIEUR",
      ...names,
      dateNaissance: new Date("2001-03-14T00:00:00Z"),
      paysNaissance: "PL",
      role: "CANDIDAT",
      activatedAt: TODAY,
    },
    select: { id: true },
  });
}

/** A candidature of Clermont-Ferrand's demo session filled with `forms` and saved (ENREGISTRER). */
async function enregistree(forms = formulairesClermont()) {
  const account = await candidat({ prenoms: "Łukasz Ğül", nomNaissance: "Nguyễn Thị", nomUsage: "Øyvind" });
  const session = await demoSession(db, CLERMONT);
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db });
  if (!start.ok) throw new Error(start.formError);
  await remplir(account.id, start.candidatureId, forms);
  const saved = await enregistrerCandidature({ accountId: account.id, candidatureId: start.candidatureId, revision: await revisionOf(db, start.candidatureId) }, { now: clock.now(), db });
  if (!saved.ok) throw new Error(saved.formError);
  return { accountId: account.id, candidatureId: start.candidatureId, numero: saved.numero, version: saved.version };
}

async function remplir(accountId: string, candidatureId: string, forms: Record<StepKey, Record<string, unknown>>) {
  for (const [step, input] of Object.entries(forms) as [StepKey, Record<string, unknown>][]) {
    const result = await saveStep({ accountId, candidatureId, step, input, revision: await revisionOf(db, candidatureId) }, { now: clock.now(), db });
    if (!result.ok) throw new Error(`${step}: ${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  }
}

async function confirmationJobs(candidatureId: string) {
  return db.$queryRawUnsafe<{ state: string; data: { candidatureId: string; version: number } }[]>(
    `SELECT state::text AS state, data FROM ${JOB_SCHEMA}.job WHERE name = 'confirmation-pdf' AND data->>'candidatureId' = $1 ORDER BY created_on`,
    candidatureId,
  );
}

function storedFiles(): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  try {
    return walk(storageDir);
  } catch {
    return [];
  }
}

const plat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
const GENERE = new Date("2026-11-22T12:00:05Z");

describe("the confirmation d'inscription of a saved version", () => {
  it("is queued by ENREGISTRER and generated by its job once: sealed, stored under an opaque key, with its code, HMAC and SHA-256", async () => {
    const { candidatureId, numero } = await enregistree();
    expect(await confirmationJobs(candidatureId)).toEqual([{ state: "created", data: { candidatureId, version: 1 } }]);
    expect(await runPendingJobs(["confirmation-pdf"])).toEqual({ completed: 1, failed: 0 });

    const doc = await db.document.findUniqueOrThrow({ where: { candidatureId_type_candidatureVersion: { candidatureId, type: "CONFIRMATION_INSCRIPTION", candidatureVersion: 1 } } });
    expect(doc.storageKey).toMatch(/^documents\/confirmations\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(estCodeVerification(doc.codeVerification!)).toBe(true);
    expect(doc.hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.titre).toBe("Confirmation d’inscription, version 1");

    const lue = await lireConfirmation({ lecteur: { id: (await db.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).accountId, role: "CANDIDAT", academieId: null }, candidatureId, version: 1 }, { now: TODAY, db });
    expect(lue?.nomFichier).toBe(`confirmation-inscription-${numero}-v1.pdf`);
    const bytes = lue!.bytes;
    expect(doc.taille).toBe(bytes.byteLength);
    expect(doc.sha256).toBe((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex"));

    // The text as a reader sees it: numéro, names beyond Latin-1, every choice.
    const text = plat(await pdfText(bytes));
    for (const attendu of [
      "Académie de Clermont-Ferrand",
      numero,
      "Nguyễn Thị",
      "Łukasz Ğül",
      "Øyvind",
      "Pologne",
      "40031213 – Métiers du commerce et de la vente option A",
      "Globale (toutes les épreuves à cette session)",
      "Je justifie de trois ans d’activité professionnelle",
      "Anglais",
      "Espagnol",
      "Danse, Demi-fond",
      "E7 – Éducation physique et sportive",
      "Confirmation d’inscription datée et signée (CINSIG01)",
      "il est définitif",
      "Fait à",
      "Signature du candidat",
      "heure de Paris",
    ])
      expect(text).toContain(attendu);

    // The seal: valid over the whole file, broken by one changed byte.
    const report = pdfsig(bytes);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    const altered = Uint8Array.from(bytes);
    const at = bytes.indexOf("/Contents", 0, "latin1") - 200;
    altered[at] = altered[at]! ^ 0x01;
    expect(pdfsig(altered)).toContain("Signature Validation: Digest Mismatch.");

    // The QR code leads to the verification page of this code.
    expect(qrCodesOfFirstPage(bytes)).toEqual([`http://localhost:3000/verifier/${doc.codeVerification}`]);

    // A second run of the job does nothing.
    const again = await genererConfirmation({ candidatureId, version: 1 }, { now: GENERE, db });
    expect(again).toMatchObject({ id: doc.id, creee: false, codeVerification: doc.codeVerification });
    expect(await db.document.count({ where: { candidatureId } })).toBe(1);
  });

  it("is generated once when the job and a download race, and leaves no stray file", async () => {
    const { candidatureId } = await enregistree();
    const before = storedFiles().length;
    const runs = await Promise.all([1, 2, 3].map(() => genererConfirmation({ candidatureId, version: 1 }, { now: GENERE, db })));
    expect(new Set(runs.map((r) => r?.id)).size).toBe(1);
    expect(runs.filter((r) => r?.creee)).toHaveLength(1);
    expect(await db.document.count({ where: { candidatureId } })).toBe(1);
    expect(storedFiles().length).toBe(before + 1);
    expect(await runPendingJobs(["confirmation-pdf"])).toMatchObject({ failed: 0 });
    expect(await db.document.count({ where: { candidatureId } })).toBe(1);
  });

  it("is given to its candidate and to the staff of its académie only; a version not saved is unknown; one not generated yet is made on demand", async () => {
    const { accountId, candidatureId } = await enregistree();
    const academies = await db.academie.findMany({ where: { code: { in: [CLERMONT, "23"] } }, select: { id: true, code: true } });
    const clermont = academies.find((a) => a.code === CLERMONT)!.id;
    const nice = academies.find((a) => a.code === "23")!.id;
    const lire = (lecteur: Parameters<typeof lireConfirmation>[0]["lecteur"], version = 1) => lireConfirmation({ lecteur, candidatureId, version }, { now: GENERE, db });

    // No job has run: the download generates it.
    expect(await db.document.count({ where: { candidatureId } })).toBe(0);
    expect((await lire({ id: accountId, role: "CANDIDAT", academieId: null }))?.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await db.document.count({ where: { candidatureId } })).toBe(1);

    expect(await lire({ id: "un-autre-candidat", role: "CANDIDAT", academieId: null })).toBeNull();
    expect(await lire({ id: "g", role: "GESTIONNAIRE", academieId: clermont })).not.toBeNull();
    expect(await lire({ id: "g", role: "GESTIONNAIRE", academieId: nice })).toBeNull();
    expect(await lire({ id: "a", role: "ADMIN_ACADEMIE", academieId: nice })).toBeNull();
    expect(await lire({ id: "n", role: "ADMIN_NATIONAL", academieId: null })).not.toBeNull();
    expect(await lire({ id: accountId, role: "CANDIDAT", academieId: null }, 2)).toBeNull();
    expect(await lireConfirmation({ lecteur: { id: accountId, role: "CANDIDAT", academieId: null }, candidatureId: "inconnue", version: 1 }, { now: GENERE, db })).toBeNull();
  });

  it("is told apart on /verifier: a known code is authentique with what the document holds, an unknown code or a changed byte is non reconnu", async () => {
    const { candidatureId, accountId, numero } = await enregistree();
    const lue = await lireConfirmation({ lecteur: { id: accountId, role: "CANDIDAT", academieId: null }, candidatureId, version: 1 }, { now: GENERE, db });
    const { codeVerification } = await db.document.findFirstOrThrow({ where: { candidatureId }, select: { codeVerification: true } });
    const code = codeVerification!;

    const v = await verifierCode(code.toLowerCase().replace(/-/g, " "), { db });
    expect(v).toMatchObject({ reconnu: true, code, numero, version: 1, derniereVersion: 1, statut: "ENREGISTREE", academie: "Académie de Clermont-Ferrand", nomMasque: "Ł*** Ø***", genereAt: GENERE });
    if (!v.reconnu) throw new Error("reconnu attendu");
    expect(v.sections.map((s) => s.titre)).toEqual(["Acquis", "Choix d’épreuves", "Épreuves obligatoires et épreuve de contrôle"]);
    expect(JSON.stringify(v)).not.toMatch(/Nguyễn|Łukasz|rue de l’Exemple|06 12 34 56 78/);

    expect(await verifierCode("ZZZZ-ZZZZ-ZZZZ", { db })).toEqual({ reconnu: false });
    expect(await verifierCode("n'importe quoi", { db })).toEqual({ reconnu: false });

    expect(await verifierCopie(code, lue!.bytes, { db })).toBe("authentique");
    const altered = Uint8Array.from(lue!.bytes);
    altered[1000] = altered[1000]! ^ 0x20;
    expect(await verifierCopie(code, altered, { db })).toBe("non-reconnu");
    expect(await verifierCopie("ZZZZ-ZZZZ-ZZZZ", lue!.bytes, { db })).toBe("non-reconnu");

    // A new version: the old code stays authentique, and says a newer version exists.
    const forms = formulairesClermont();
    await remplir(accountId, candidatureId, { ...forms, epreuves: { ...forms.epreuves, lvf: "Portugais" } });
    const saved = await enregistrerCandidature({ accountId, candidatureId, revision: await revisionOf(db, candidatureId) }, { now: clock.now(), db });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    expect(await verifierCode(code, { db })).toMatchObject({ reconnu: true, version: 1, derniereVersion: 2 });
    expect(await runPendingJobs(["confirmation-pdf"])).toMatchObject({ failed: 0 });
    const v2 = await db.document.findUniqueOrThrow({ where: { candidatureId_type_candidatureVersion: { candidatureId, type: "CONFIRMATION_INSCRIPTION", candidatureVersion: 2 } } });
    expect(v2.codeVerification).not.toBe(code);
  });
});
