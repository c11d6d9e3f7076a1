// Fuzzing the wizard's services on a real database [issue 7 §9]: whatever a forged call carries
// (any step data, any candidature id, any revision), the service answers (no rejection, hence no
// 500), a refusal speaks French, and a refused call leaves the candidature's row as it was.
import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { getDb } from "@/lib/db";
import { fixedClock } from "@/lib/domain/clock";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { STEP_SCHEMAS } from "@/lib/domain/candidature/schemas";
import { FORMULAIRES_VALIDES } from "@/lib/domain/candidature/test-fixtures";
import { STEP_KEYS } from "@/lib/domain/candidature/validate";
import { desinscrireCandidature } from "@/lib/server/candidatures/desinscrire-candidature";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { getCandidature } from "@/lib/server/candidatures/get-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { setMailerForTests } from "@/lib/mail";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer } from "../fixtures/candidatures";
import { anyRecord, anyText, anyValue, expectFrenchMessage, expectStorable } from "../fixtures/fuzz";

const TODAY = new Date("2026-11-22T12:00:00Z");
const now = fixedClock(TODAY).now();
// Each run is a few queries; 40 keep the file within seconds on PGlite.
const RUNS = { numRuns: 40 };

let db: PrismaClient;
let owner: { id: string };
let candidatureId: string;

async function snapshot(id: string) {
  return JSON.stringify(await db.candidature.findUnique({ where: { id } }));
}

async function revision(id: string): Promise<number> {
  return (await db.candidature.findUniqueOrThrow({ where: { id }, select: { revision: true } })).revision;
}

function expectRefusal(result: { ok: boolean; formError?: string; fieldErrors?: { field: string; message: string }[] }, where: string) {
  expectFrenchMessage(result.formError, `${where} formError`);
  for (const e of result.fieldErrors ?? []) expectFrenchMessage(e.message, `${where} ${e.field}`);
}

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(memoryMailer());
  owner = await createCandidat(db);
  const session = await demoSession(db, "06");
  const start = await startCandidature({ accountId: owner.id, sessionId: session.id }, { now, db });
  if (!start.ok) throw new Error(start.formError);
  candidatureId = start.candidatureId;
  // The first steps saved, so that later steps meet the rules across steps.
  for (const step of ["identification", "informations", "qualification"] as const) {
    const result = await saveStep({ accountId: owner.id, candidatureId, step, input: formulairesClermont()[step], revision: await revision(candidatureId) }, { now, db });
    if (!result.ok) throw new Error(result.formError);
  }
}, 60_000);

const FIELDS: Record<StepKey, readonly string[]> = {
  identification: ["adresse", "complement", "codePostal", "commune", "pays", "pcsRepresentantLegal", "telephone", "telephone2"],
  informations: ["typeCandidature", "organisme", "sessionPrecedente", "formePrecedente", "ajourne", "handicap", "amenagementExistant", "jdcEnRegle", "diffusionPresse"],
  qualification: ["specialiteCode", "formePassage"],
  acquis: ["type", "benefices", "diplome", "disciplines", "autreSpecialiteCode", "anneeObtention", "epreuves"],
  epreuves: ["lva", "lvb", "lvf", "facultatives", "epsChoix", "epsActivites", "epsNotificationMdph"],
};

const stepInput = fc
  .constantFrom(...STEP_KEYS)
  .chain((step) =>
    fc
      .oneof(anyRecord(FIELDS[step], FORMULAIRES_VALIDES[step]), fc.tuple(fc.constantFrom(...FIELDS[step]), anyValue).map(([f, v]) => ({ ...formulairesClermont()[step], [f]: v })), anyValue)
      .map((input) => [step, input] as const),
  );

describe("saveStep (Suivant) on arbitrary input", () => {
  test.prop([stepInput], RUNS)("answers, in French when it refuses, and a refusal leaves the row as it was", async ([step, input]) => {
    const before = await snapshot(candidatureId);
    const result = await saveStep({ accountId: owner.id, candidatureId, step, input, revision: await revision(candidatureId) }, { now, db });
    if (!result.ok) {
      expectRefusal(result, step);
      expect(await snapshot(candidatureId)).toBe(before);
      return;
    }
    // Accepted: what was written reads back as that step, and every page can still open the candidature.
    const row = await db.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { brouillon: true, donnees: true } });
    const stored = ((row.brouillon ?? row.donnees) as Record<string, unknown>)[step];
    expectStorable(stored, step);
    expect(STEP_SCHEMAS[step].safeParse(stored).success).toBe(true);
    expect(await getCandidature(owner.id, candidatureId, now, db)).not.toBeNull();
  });

  test.prop([fc.oneof(anyText, fc.constant(candidatureId)), fc.oneof(anyText, fc.constantFrom("owner")), anyValue], RUNS)(
    "any candidature id, account id or revision: an answer in French, and nothing written unless it is the owner's current revision",
    async (id, accountId, posted) => {
      const account = accountId === "owner" ? owner.id : accountId;
      const before = await snapshot(candidatureId);
      const result = await saveStep({ accountId: account, candidatureId: id, step: "identification", input: formulairesClermont().identification, revision: posted }, { now, db });
      const current = before === "null" ? null : (JSON.parse(before) as { revision: number }).revision;
      const legitimate = id === candidatureId && account === owner.id && (posted === current || posted === String(current));
      if (!legitimate) {
        expect(result.ok).toBe(false);
        if (!result.ok) expectRefusal(result, "saveStep");
        expect(await snapshot(candidatureId)).toBe(before);
      }
    },
  );
});

describe("the other services behind the wizard, on arbitrary ids", () => {
  test.prop([anyText, anyValue], RUNS)("ENREGISTRER and Me désinscrire answer in French for an id that is not the caller's, and write nothing", async (id, posted) => {
    const intrus = owner.id === id ? "x" : id;
    const before = await snapshot(candidatureId);
    for (const call of [
      () => enregistrerCandidature({ accountId: owner.id, candidatureId: intrus, revision: posted }, { now, db }),
      () => desinscrireCandidature({ accountId: owner.id, candidatureId: intrus, revision: posted }, { now, db }),
      () => enregistrerCandidature({ accountId: intrus, candidatureId, revision: posted }, { now, db }),
      () => desinscrireCandidature({ accountId: intrus, candidatureId, revision: posted }, { now, db }),
    ]) {
      const result = await call();
      expect(result.ok).toBe(false);
      if (!result.ok) expectFrenchMessage(result.formError, "refus");
    }
    expect(await snapshot(candidatureId)).toBe(before);
  });

  test.prop([anyText], RUNS)("« Commencer » with any session id answers in French and starts nothing", async (sessionId) => {
    const candidat = await createCandidat(db);
    const result = await startCandidature({ accountId: candidat.id, sessionId }, { now, db });
    expect(result.ok).toBe(false);
    if (!result.ok) expectFrenchMessage(result.formError, "commencer");
    expect(await db.candidature.count({ where: { accountId: candidat.id } })).toBe(0);
  });
});
