import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { fixedClock } from "@/lib/domain/clock";
import { setMailerForTests } from "@/lib/mail";
import { desinscrireCandidature } from "@/lib/server/candidatures/desinscrire-candidature";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";

// No lost update between two tabs (issue 7, point 5): every write bumps the candidature's
// revision, each form posts the revision its page was drawn from, and a submission drawn from
// another one (or without one) writes nothing and says so. Two "Commencer" at once answer normally.

const TODAY = new Date("2026-11-22T12:00:00Z");
const clock = fixedClock(TODAY);
const LATER = new Date(TODAY.getTime() + 60_000);
const MODIFIEE = {
  ok: false,
  code: "CANDIDATURE_MODIFIEE",
  formError:
    "Votre candidature a été modifiée depuis l’affichage de cette page, sans doute dans un autre onglet ou une autre fenêtre\u00a0: rien n’a été enregistré. Affichez son état actuel avant de recommencer.",
};

let db: PrismaClient;
const mailer = memoryMailer();

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(mailer);
}, 60_000);
afterAll(() => setMailerForTests(null));
beforeEach(async () => {
  await mailer.forget();
});

const rev = (id: string) => revisionOf(db, id);

async function started() {
  const account = await createCandidat(db);
  const session = await demoSession(db, "06");
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db });
  if (!start.ok) throw new Error(start.formError);
  return { accountId: account.id, sessionId: session.id, candidatureId: start.candidatureId };
}

/** Suivant on every step, each from a page drawn just before. */
async function filled() {
  const c = await started();
  for (const [step, input] of Object.entries(formulairesClermont()) as [StepKey, Record<string, unknown>][]) {
    const result = await saveStep({ ...c, step, input, revision: await rev(c.candidatureId) }, { now: clock.now(), db });
    if (!result.ok) throw new Error(`${step}: ${result.formError}`);
  }
  return c;
}

async function registered() {
  const c = await filled();
  const result = await enregistrerCandidature({ ...c, revision: await rev(c.candidatureId) }, { now: clock.now(), db });
  if (!result.ok) throw new Error(result.formError);
  await mailer.forget();
  return c;
}

/** Everything a refused submission must leave as it was. */
async function snapshot(id: string) {
  const { updatedAt: _updatedAt, ...candidature } = await db.candidature.findUniqueOrThrow({ where: { id } });
  const versions = await db.candidatureVersion.count({ where: { candidatureId: id } });
  const justificatifs = await db.justificatif.findMany({ where: { candidatureId: id }, orderBy: { pieceCode: "asc" } });
  const events = await db.auditEvent.count({ where: { entityType: "Candidature", entityId: id } });
  return { candidature, versions, justificatifs, events };
}

const inapte = { ...formulairesClermont().epreuves, epsChoix: "INAPTE", epsActivites: [] };

describe("revision", () => {
  it("starts at 0 and is bumped by every write, never by a refused one or an ENREGISTRER with nothing to save", async () => {
    const c = await started();
    expect(await rev(c.candidatureId)).toBe(0);
    const forms = formulairesClermont();
    expect(await saveStep({ ...c, step: "identification", input: forms.identification, revision: 0 }, { now: clock.now(), db })).toEqual({ ok: true });
    expect(await rev(c.candidatureId)).toBe(1);
    // Refused by the rules: nothing written, revision unchanged.
    const invalide = await saveStep({ ...c, step: "identification", input: { ...forms.identification, telephone: "12" }, revision: 1 }, { now: clock.now(), db });
    expect(invalide.ok).toBe(false);
    expect(await rev(c.candidatureId)).toBe(1);
    for (const step of ["informations", "qualification", "acquis", "epreuves"] as const)
      expect(await saveStep({ ...c, step, input: forms[step], revision: await rev(c.candidatureId) }, { now: clock.now(), db })).toEqual({ ok: true });
    expect(await rev(c.candidatureId)).toBe(5);

    expect(await enregistrerCandidature({ ...c, revision: 5 }, { now: clock.now(), db })).toMatchObject({ ok: true, version: 1, inchangee: false });
    expect(await rev(c.candidatureId)).toBe(6);
    expect(await enregistrerCandidature({ ...c, revision: 6 }, { now: clock.now(), db })).toMatchObject({ ok: true, version: 1, inchangee: true });
    expect(await rev(c.candidatureId)).toBe(6);
    expect(await desinscrireCandidature({ ...c, revision: 6 }, { now: clock.now(), db })).toEqual({ ok: true, at: TODAY });
    expect(await rev(c.candidatureId)).toBe(7);
    expect(await enregistrerCandidature({ ...c, revision: 7 }, { now: clock.now(), db })).toMatchObject({ ok: true, version: 2 });
    expect(await rev(c.candidatureId)).toBe(8);
  });
});

describe("a stale Suivant", () => {
  it("is refused when another tab saved the same step since the page was drawn, and the other tab's step stands", async () => {
    const c = await started();
    const forms = formulairesClermont();
    // Tabs A and B draw step 1 at revision 0; B saves first.
    expect(await saveStep({ ...c, step: "identification", input: { ...forms.identification, commune: "Riom", codePostal: "63200" }, revision: 0 }, { now: clock.now(), db })).toEqual({
      ok: true,
    });
    const avant = await snapshot(c.candidatureId);
    const a = await saveStep({ ...c, step: "identification", input: forms.identification, revision: 0 }, { now: LATER, db });
    expect(a).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    expect(avant.candidature).toMatchObject({ revision: 1, brouillon: { identification: { commune: "Riom" } } });
    // Step 1 reloaded: A now posts revision 1 and is saved.
    expect(await saveStep({ ...c, step: "identification", input: forms.identification, revision: 1 }, { now: LATER, db })).toEqual({ ok: true });
    expect(await db.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).toMatchObject({ revision: 2, brouillon: { identification: { commune: "Clermont-Ferrand" } } });
  });

  it("is refused when another tab saved another step since: the page may rest on what changed", async () => {
    const c = await started();
    const forms = formulairesClermont();
    expect(await saveStep({ ...c, step: "informations", input: forms.informations, revision: 0 }, { now: clock.now(), db })).toEqual({ ok: true });
    const avant = await snapshot(c.candidatureId);
    expect(await saveStep({ ...c, step: "identification", input: forms.identification, revision: 0 }, { now: LATER, db })).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
  });

  it("refuses a missing, garbled or unknown revision: there is no submission without a check", async () => {
    const c = await started();
    const input = formulairesClermont().identification;
    const avant = await snapshot(c.candidatureId);
    for (const revision of [undefined, null, "", "abc", "0.0", "00", "-1", " 0", "1", 1, ["0"]])
      expect(await saveStep({ ...c, step: "identification", input, revision }, { now: LATER, db }), JSON.stringify(revision)).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    // "0", as the page posts it, is the current revision.
    expect(await saveStep({ ...c, step: "identification", input, revision: "0" }, { now: LATER, db })).toEqual({ ok: true });
  });

  it("of two tabs saving at once from the same page state, keeps one and refuses the other", async () => {
    const c = await started();
    const forms = formulairesClermont();
    const results = await Promise.all([
      saveStep({ ...c, step: "identification", input: forms.identification, revision: 0 }, { now: clock.now(), db }),
      saveStep({ ...c, step: "acquis", input: forms.acquis, revision: 0 }, { now: clock.now(), db }),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true }]);
    expect(results.filter((r) => !r.ok)).toEqual([MODIFIEE]);
    const saved = await db.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } });
    expect(saved.revision).toBe(1);
    expect(Object.keys(saved.brouillon as object)).toEqual([results[0]!.ok ? "identification" : "acquis"]);
  });
});

describe("a stale ENREGISTRER", () => {
  it("never signs a récapitulatif that differs from the candidature: refused after another tab's Suivant, then saved once reread", async () => {
    const c = await filled();
    const session = await db.session.findUniqueOrThrow({ where: { id: c.sessionId }, select: { numeroSequence: true } });
    // Tab A draws the récapitulatif (APTE); tab B changes step 5 to INAPTE.
    const lu = await rev(c.candidatureId);
    expect(await saveStep({ ...c, step: "epreuves", input: inapte, revision: lu }, { now: clock.now(), db })).toEqual({ ok: true });
    const avant = await snapshot(c.candidatureId);

    expect(await enregistrerCandidature({ ...c, revision: lu }, { now: LATER, db })).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    expect(avant.candidature).toMatchObject({ statut: "BROUILLON", numero: null, version: 0 });
    expect(avant.versions).toBe(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: c.sessionId }, select: { numeroSequence: true } })).numeroSequence).toBe(session.numeroSequence);
    expect(await mailer.delivered()).toEqual([]);

    // The récapitulatif reread (INAPTE) is the one signed.
    const result = await enregistrerCandidature({ ...c, revision: await rev(c.candidatureId) }, { now: LATER, db });
    expect(result).toMatchObject({ ok: true, version: 1, premier: true });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).donnees).toMatchObject({ epreuves: { epsChoix: "INAPTE" } });
    expect(await mailer.delivered()).toHaveLength(1);
  });

  it("is refused after another tab saved a new version, even though nothing is left to save", async () => {
    const c = await registered();
    // Tab A draws the récapitulatif of a pending edit; tab B saves it (version 2).
    expect(await saveStep({ ...c, step: "epreuves", input: inapte, revision: await rev(c.candidatureId) }, { now: clock.now(), db })).toEqual({ ok: true });
    const lu = await rev(c.candidatureId);
    expect(await enregistrerCandidature({ ...c, revision: lu }, { now: clock.now(), db })).toMatchObject({ ok: true, version: 2 });
    await mailer.forget();
    const avant = await snapshot(c.candidatureId);
    // A's ENREGISTRER must not answer "unchanged" for a version it did not read.
    expect(await enregistrerCandidature({ ...c, revision: lu }, { now: LATER, db })).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    expect(await mailer.delivered()).toEqual([]);
  });

  it("refuses a missing or garbled revision and saves nothing", async () => {
    const c = await filled();
    const avant = await snapshot(c.candidatureId);
    for (const revision of [undefined, "", "cinq", "-5", 5.5])
      expect(await enregistrerCandidature({ ...c, revision }, { now: LATER, db }), JSON.stringify(revision)).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    expect(await mailer.delivered()).toEqual([]);
  });
});

describe("a stale désinscription", () => {
  it("is refused after another tab changed the candidature, and records nothing", async () => {
    const c = await registered();
    // Tab A draws "Me désinscrire"; tab B edits step 5.
    const lu = await rev(c.candidatureId);
    expect(await saveStep({ ...c, step: "epreuves", input: inapte, revision: lu }, { now: clock.now(), db })).toEqual({ ok: true });
    const avant = await snapshot(c.candidatureId);
    expect(await desinscrireCandidature({ ...c, revision: lu }, { now: LATER, db })).toEqual(MODIFIEE);
    expect(await desinscrireCandidature({ ...c, revision: undefined }, { now: LATER, db })).toEqual(MODIFIEE);
    expect(await snapshot(c.candidatureId)).toEqual(avant);
    expect(avant.candidature).toMatchObject({ statut: "ENREGISTREE", desinscriteAt: null });
    expect(await mailer.delivered()).toEqual([]);
    // From the page reloaded, it goes through.
    expect(await desinscrireCandidature({ ...c, revision: await rev(c.candidatureId) }, { now: LATER, db })).toEqual({ ok: true, at: LATER });
  });

  it("of two désinscriptions at once from the same page, records one", async () => {
    const c = await registered();
    const lu = await rev(c.candidatureId);
    const results = await Promise.all([1, 2].map(() => desinscrireCandidature({ ...c, revision: lu }, { now: clock.now(), db })));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, at: TODAY }]);
    expect(results.filter((r) => !r.ok)).toEqual([MODIFIEE]);
    expect(await db.auditEvent.count({ where: { entityId: c.candidatureId, action: "candidature.desinscrite" } })).toBe(1);
    expect(await mailer.delivered()).toHaveLength(1);
  });
});

describe("a double « Commencer »", () => {
  it("answers both requests with the one draft, on this database's driver", async () => {
    const account = await createCandidat(db);
    const session = await demoSession(db, "06");
    const results = await Promise.all([1, 2].map(() => startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db })));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.candidatureId : null)));
    expect(ids.size).toBe(1);
    expect(results.map((r) => r.ok && r.existante).sort()).toEqual([false, true]);
    const rows = await db.candidature.findMany({ where: { accountId: account.id, sessionId: session.id } });
    expect(rows).toMatchObject([{ statut: "BROUILLON", revision: 0 }]);
    expect(await db.auditEvent.count({ where: { entityId: rows[0]!.id, action: "candidature.commencee" } })).toBe(1);
  });

  it("answers normally when the draft is created between the lookup and the insert (the unique violation, whatever its driver's form)", async () => {
    // Two starts racing are not always interleaved the same way: this one makes the losing path
    // certain by creating the row inside the window, through a client whose first lookup misses.
    const account = await createCandidat(db);
    const session = await demoSession(db, "06");
    let created: string | null = null;
    const racing = new Proxy(db, {
      get(target, property) {
        if (property !== "candidature") {
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        }
        return new Proxy(target.candidature, {
          get(model, name) {
            if (name !== "findUnique") return Reflect.get(model, name, model);
            return async (args: Parameters<typeof model.findUnique>[0]) => {
              if (created !== null) return model.findUnique(args);
              // The other request's draft appears just after this one looked.
              const other = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db });
              created = other.ok ? other.candidatureId : "";
              return null;
            };
          },
        });
      },
    });
    const result = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db: racing });
    expect(created).not.toBeNull();
    expect(result).toEqual({ ok: true, candidatureId: created, existante: true });
    expect(await db.candidature.count({ where: { accountId: account.id, sessionId: session.id } })).toBe(1);
  });
});
