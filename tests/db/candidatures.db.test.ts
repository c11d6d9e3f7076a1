import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { fixedClock } from "@/lib/domain/clock";
import { parseNumeroInscription } from "@/lib/domain/candidature/numero";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { setMailerForTests } from "@/lib/mail";
import { desinscrireCandidature } from "@/lib/server/candidatures/desinscrire-candidature";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { getCandidature } from "@/lib/server/candidatures/get-candidature";
import { listCandidatures } from "@/lib/server/candidatures/list-candidatures";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";

// Demo sessions seeded on TODAY are open from 30 days before to 30 days after (17:00, Paris).
const TODAY = new Date("2026-11-22T12:00:00Z");
const clock = fixedClock(TODAY);
const CLERMONT = "06";

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

async function started(academieCode = CLERMONT) {
  const account = await createCandidat(db);
  const session = await demoSession(db, academieCode);
  const start = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db });
  if (!start.ok) throw new Error(start.formError);
  return { account, session, candidatureId: start.candidatureId };
}

async function fill(accountId: string, candidatureId: string, forms = formulairesClermont(), now = clock.now()) {
  for (const [step, input] of Object.entries(forms) as [StepKey, Record<string, unknown>][]) {
    const result = await saveStep({ accountId, candidatureId, step, input, revision: await rev(candidatureId) }, { now, db });
    if (!result.ok) throw new Error(`${step}: ${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  }
}

/** The revision a page drawn now would post. */
const rev = (id: string) => revisionOf(db, id);

async function row(id: string) {
  return db.candidature.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { version: "asc" } }, justificatifs: true } });
}

describe("startCandidature", () => {
  it("creates a draft with the Modalités accepted, and leads back to it when asked again", async () => {
    const { account, session, candidatureId } = await started();
    const draft = await row(candidatureId);
    expect(draft).toMatchObject({ statut: "BROUILLON", version: 0, numero: null, brouillon: null });
    expect(draft.modalitesAccepteesAt).toEqual(TODAY);
    const again = await startCandidature({ accountId: account.id, sessionId: session.id }, { now: clock.now(), db });
    expect(again).toEqual({ ok: true, candidatureId, existante: true });
  });

  it("refuses a session whose window is closed, saying when it closed", async () => {
    const account = await createCandidat(db);
    const nm2024 = await db.session.findFirstOrThrow({ where: { demo: false, annee: 2024, academie: { code: "12" }, examen: { code: "BAC_PRO" } } });
    const result = await startCandidature({ accountId: account.id, sessionId: nm2024.id }, { now: clock.now(), db });
    expect(result).toEqual({
      ok: false,
      formError: "Le serveur d’inscription est fermé depuis le mercredi 6 décembre 2023 à 22\u00a0h\u00a000, heure de Paris\u00a0: rien n’a été enregistré. Pour toute question, contactez le service des examens.",
    });
  });
});

describe("saveStep (Suivant)", () => {
  it("keeps a valid step in the draft and moves the current step on", async () => {
    const { account, candidatureId } = await started();
    const result = await saveStep({ accountId: account.id, candidatureId, step: "identification", input: formulairesClermont().identification, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(result).toEqual({ ok: true });
    const draft = await row(candidatureId);
    expect(draft.brouillon).toMatchObject({ identification: { codePostal: "63000", telephone: "0612345678", pays: "FR" } });
    expect(draft.donnees).toEqual({});
    expect(draft.etapeCourante).toBe(2);
    expect(draft.brouillonSauveAt).toEqual(TODAY);
  });

  it("refuses an invalid step beside its fields and saves nothing", async () => {
    const { account, candidatureId } = await started();
    const input = { ...formulairesClermont().identification, codePostal: "54000", telephone: "12" };
    const result = await saveStep({ accountId: account.id, candidatureId, step: "identification", input, revision: 0 }, { now: clock.now(), db });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.map((e) => e.field).sort()).toEqual(["telephone"]);
    // The domicile rule runs once the step parses.
    const domicile = await saveStep(
      { accountId: account.id, candidatureId, step: "identification", input: { ...input, telephone: "0612345678" }, revision: 0 },
      { now: clock.now(), db },
    );
    expect(domicile.ok ? [] : domicile.fieldErrors).toEqual([
      { field: "codePostal", message: "Pour vous inscrire dans l’académie de Clermont-Ferrand, vous devez y être domicilié\u00a0: le code postal 54000 relève de l’académie de Nancy-Metz." },
    ]);
    expect((await row(candidatureId)).brouillon).toBeNull();
  });

  it("checks a step against the steps already saved (forme of a failed candidate)", async () => {
    const { account, candidatureId } = await started();
    const informations = { typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2027", formePrecedente: "PROGRESSIVE", ajourne: "oui", handicap: "non", jdcEnRegle: "on" };
    expect(await saveStep({ accountId: account.id, candidatureId, step: "informations", input: informations, revision: await rev(candidatureId) }, { now: clock.now(), db })).toEqual({ ok: true });
    const result = await saveStep({ accountId: account.id, candidatureId, step: "qualification", input: { specialiteCode: "40031213", formePassage: "GLOBALE" }, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(result.ok ? [] : result.fieldErrors?.map((e) => e.field)).toEqual(["formePassage"]);
  });

  it("refuses every save from the closing instant on, whatever the input", async () => {
    const { account, session, candidatureId } = await started();
    const atClosing = fixedClock(session.inscriptionCloture).now();
    const result = await saveStep({ accountId: account.id, candidatureId, step: "identification", input: formulairesClermont().identification, revision: await rev(candidatureId) }, { now: atClosing, db });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toMatch(/^Le serveur d’inscription est fermé depuis le mardi 22 décembre 2026 à 17\u00a0h\u00a000, heure de Paris/);
    expect((await row(candidatureId)).brouillon).toBeNull();
    // One millisecond before, it is still open.
    const justBefore = new Date(session.inscriptionCloture.getTime() - 1);
    expect(await saveStep({ accountId: account.id, candidatureId, step: "identification", input: formulairesClermont().identification, revision: await rev(candidatureId) }, { now: justBefore, db })).toEqual({ ok: true });
  });
});

describe("ownership", () => {
  it("treats another account's candidature as unknown, for every read and mutation", async () => {
    const { account, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const intrus = await createCandidat(db);
    const now = clock.now();
    const revision = await rev(candidatureId);
    expect(await getCandidature(intrus.id, candidatureId, now, db)).toBeNull();
    const refus = { ok: false, formError: expect.stringContaining("introuvable") };
    expect(await saveStep({ accountId: intrus.id, candidatureId, step: "acquis", input: { type: "AUCUN" }, revision }, { now, db })).toEqual(refus);
    expect(await enregistrerCandidature({ accountId: intrus.id, candidatureId, revision }, { now, db })).toEqual(refus);
    expect(await desinscrireCandidature({ accountId: intrus.id, candidatureId, revision }, { now, db })).toEqual(refus);
    expect(await listCandidatures(intrus.id, now, db)).toEqual([]);
    expect(await row(candidatureId)).toMatchObject({ statut: "BROUILLON", version: 0 });
    expect(await mailer.delivered()).toEqual([]);
  });
});

describe("enregistrerCandidature (ENREGISTRER)", () => {
  it("names the steps still to fill and saves nothing", async () => {
    const { account, candidatureId } = await started();
    await saveStep({ accountId: account.id, candidatureId, step: "identification", input: formulairesClermont().identification, revision: await rev(candidatureId) }, { now: clock.now(), db });
    const result = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(result.ok).toBe(false);
    if (result.ok || !("etapes" in result)) return;
    expect(Object.keys(result.etapes ?? {})).toEqual(["informations", "qualification", "acquis", "epreuves"]);
    expect(await row(candidatureId)).toMatchObject({ statut: "BROUILLON", numero: null, version: 0 });
  });

  it("assigns the numéro and version 1, records the server time, the pieces and the event, and mails the confirmation", async () => {
    const { account, session, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const at = new Date(TODAY.getTime() + 60_000);
    const result = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: at, db });
    expect(result).toMatchObject({ ok: true, version: 1, premier: true, inchangee: false });
    if (!result.ok) return;
    const numero = parseNumeroInscription(result.numero);
    expect(numero).toMatchObject({ annee: session.annee, academieCode: CLERMONT, examen: "BAC_PRO" });
    expect(numero?.sequence).toBe((await db.session.findUniqueOrThrow({ where: { id: session.id } })).numeroSequence);

    const saved = await row(candidatureId);
    expect(saved).toMatchObject({ statut: "ENREGISTREE", numero: result.numero, version: 1, brouillon: null, etapeCourante: 6 });
    expect(saved.premierEnregistrementAt).toEqual(at);
    expect(saved.dernierEnregistrementAt).toEqual(at);
    expect(saved.donnees).toMatchObject({ epreuves: { lva: "Anglais", lvb: "Espagnol", epsActivites: ["Danse", "Demi-fond"] }, identification: { telephone: "0612345678" } });
    expect(saved.specialiteId).not.toBeNull();
    expect(saved.versions.map((v) => [v.version, v.savedAt])).toEqual([[1, at]]);
    // Born 2000: 26 on 31 December 2026, so no JDC piece; experience route: certificats de travail.
    expect(saved.justificatifs.map((j) => j.pieceCode).sort()).toEqual(["1NATID01", "CERTRV01", "CINSIG01"]);
    expect(saved.justificatifs.every((j) => j.mode === "UPLOAD" && j.statut === "ATTENDU" && !j.caduc)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { entityType: "Candidature", entityId: candidatureId }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["candidature.commencee", "candidature.enregistree"]);
    // Written with the numéro, in the statement that draws it from the session's counter.
    expect(events[1]).toMatchObject({ actorId: account.id, actorRole: "CANDIDAT", academieId: expect.any(String), at, before: { statut: "BROUILLON", version: 0 }, after: { statut: "ENREGISTREE", version: 1, numero: result.numero } });

    expect(await mailer.delivered()).toHaveLength(1);
    const [mail] = await mailer.delivered();
    expect(mail).toMatchObject({ to: account.email, subject: "Confirmation d'inscription" });
    expect(mail?.text).toContain(result.numero);
    expect(mail?.text).toContain("Métiers du commerce et de la vente option A");
    expect(mail?.text).toContain("le dimanche 22 novembre 2026 à 13\u00a0h\u00a001, heure de Paris");
    expect(mail?.text).toContain(`/mes-candidatures/${candidatureId}/recapitulatif`);
  });

  it("bumps the version at each later save, keeps the previous version and the numéro, and mails the modification", async () => {
    const { account, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const first = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    if (!first.ok) throw new Error(first.formError);

    // Nothing edited: ENREGISTRER again saves nothing new.
    expect(await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db })).toMatchObject({ ok: true, version: 1, inchangee: true });

    const inapte = { ...formulairesClermont().epreuves, epsChoix: "INAPTE", epsActivites: [] };
    expect(await saveStep({ accountId: account.id, candidatureId, step: "epreuves", input: inapte, revision: await rev(candidatureId) }, { now: clock.now(), db })).toEqual({ ok: true });
    const pending = await row(candidatureId);
    expect(pending).toMatchObject({ statut: "ENREGISTREE", version: 1, donnees: { epreuves: { epsChoix: "APTE" } }, brouillon: { epreuves: { epsChoix: "INAPTE" } } });

    await mailer.forget();
    const second = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(second).toMatchObject({ ok: true, numero: first.numero, version: 2, premier: false });
    const saved = await row(candidatureId);
    expect(saved.versions.map((v) => [v.version, (v.donnees as { epreuves: { epsChoix: string } }).epreuves.epsChoix])).toEqual([
      [1, "APTE"],
      [2, "INAPTE"],
    ]);
    expect(saved.justificatifs.find((j) => j.pieceCode === "CMEPS01")).toMatchObject({ caduc: false, motif: "Inaptitude à l’EPS" });
    expect((await mailer.delivered()).map((m) => m.subject)).toEqual(["Modification d'inscription : Baccalauréat professionnel"]);

    // Back to apte: the medical certificate is no longer required, but kept as caduc.
    await saveStep({ accountId: account.id, candidatureId, step: "epreuves", input: formulairesClermont().epreuves, revision: await rev(candidatureId) }, { now: clock.now(), db });
    await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect((await row(candidatureId)).justificatifs.find((j) => j.pieceCode === "CMEPS01")).toMatchObject({ caduc: true });
  });

  it("assigns one numéro and one version when the same récapitulatif is submitted twice at once", async () => {
    const { account, session, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const before = (await db.session.findUniqueOrThrow({ where: { id: session.id } })).numeroSequence;
    const revision = await rev(candidatureId);
    const results = await Promise.all([
      enregistrerCandidature({ accountId: account.id, candidatureId, revision }, { now: clock.now(), db }),
      enregistrerCandidature({ accountId: account.id, candidatureId, revision }, { now: clock.now(), db }),
    ]);
    // They queue on the row lock: the first saves, the second finds the candidature changed since its page.
    expect(results.filter((r) => r.ok)).toMatchObject([{ ok: true, version: 1, premier: true, inchangee: false }]);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ ok: false, code: "CANDIDATURE_MODIFIEE" }]);
    const saved = await row(candidatureId);
    expect(saved).toMatchObject({ version: 1 });
    expect(saved.versions).toHaveLength(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).numeroSequence).toBe(before + 1);
    expect(await mailer.delivered()).toHaveLength(1);
  });

  it("gives candidates saving at the same moment distinct numéros", async () => {
    const candidats = await Promise.all([started(), started(), started()]);
    for (const c of candidats) await fill(c.account.id, c.candidatureId);
    const results = await Promise.all(candidats.map(async (c) => enregistrerCandidature({ accountId: c.account.id, candidatureId: c.candidatureId, revision: await rev(c.candidatureId) }, { now: clock.now(), db })));
    const numeros = results.map((r) => (r.ok ? r.numero : r.formError));
    expect(new Set(numeros).size).toBe(3);
    for (const n of numeros) expect(parseNumeroInscription(n)).not.toBeNull();
  });

  it("refuses to save from the closing instant on, even with a complete draft", async () => {
    const { account, session, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const result = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: fixedClock(session.inscriptionCloture).now(), db });
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/^Le serveur d’inscription est fermé depuis le mardi 22 décembre 2026/) });
    expect(await row(candidatureId)).toMatchObject({ statut: "BROUILLON", numero: null, version: 0 });
    expect(await mailer.delivered()).toEqual([]);
  });

  it("keeps a saved candidature readable after the académie changes its lists", async () => {
    const { account, session, candidatureId } = await started();
    await fill(account.id, candidatureId);
    await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    const lists = await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { languesLvb: true, activitesEps: true } });
    await db.session.update({ where: { id: session.id }, data: { languesLvb: ["Allemand"], activitesEps: ["Tennis de table"] } });
    try {
      const dossier = await getCandidature(account.id, candidatureId, clock.now(), db);
      expect(dossier?.travailValide.epreuves).toMatchObject({ lvb: "Espagnol", epsActivites: ["Danse", "Demi-fond"] });
      expect((await row(candidatureId)).statut).toBe("ENREGISTREE");
    } finally {
      await db.session.update({ where: { id: session.id }, data: lists });
    }
  });
});

describe("desinscrireCandidature (Me désinscrire)", () => {
  it("records the désinscription, mails it, and lets the candidate register again with the same numéro", async () => {
    const { account, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const first = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    if (!first.ok) throw new Error(first.formError);
    await mailer.forget();

    expect(await desinscrireCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db })).toEqual({ ok: true, at: TODAY });
    const desinscrite = await row(candidatureId);
    expect(desinscrite).toMatchObject({ statut: "DESINSCRITE", numero: first.numero, version: 1 });
    expect(desinscrite.desinscriteAt).toEqual(TODAY);
    const event = await db.auditEvent.findFirst({ where: { entityId: candidatureId, action: "candidature.desinscrite" } });
    expect(event).toMatchObject({ actorId: account.id, before: { statut: "ENREGISTREE" }, after: { statut: "DESINSCRITE" } });
    expect((await mailer.delivered()).map((m) => m.subject)).toEqual(["Désinscription : Baccalauréat professionnel"]);
    // A second désinscription is refused: nothing to withdraw.
    expect((await desinscrireCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db })).ok).toBe(false);

    const again = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(again).toMatchObject({ ok: true, numero: first.numero, version: 2 });
    expect(await row(candidatureId)).toMatchObject({ statut: "ENREGISTREE", desinscriteAt: null });
  });

  it("refuses a draft, and any désinscription after closing", async () => {
    const { account, session, candidatureId } = await started();
    expect((await desinscrireCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db })).ok).toBe(false);
    await fill(account.id, candidatureId);
    await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    const result = await desinscrireCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: session.inscriptionCloture, db });
    expect(result).toEqual({ ok: false, formError: expect.stringContaining("fermé depuis le mardi 22 décembre 2026") });
    expect((await row(candidatureId)).statut).toBe("ENREGISTREE");
  });
});

describe("listCandidatures (Mes candidatures)", () => {
  it("lists the account's candidatures with exam, session, académie, status, numéro, version and last save", async () => {
    const { account, candidatureId } = await started();
    await fill(account.id, candidatureId);
    await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    await startCandidature({ accountId: account.id, sessionId: (await demoSession(db, "12")).id }, { now: clock.now(), db });
    const cards = await listCandidatures(account.id, clock.now(), db);
    expect(cards).toHaveLength(2);
    const clermont = cards.find((c) => c.id === candidatureId);
    expect(clermont).toMatchObject({
      statut: "ENREGISTREE",
      version: 1,
      aBrouillon: false,
      specialite: "Métiers du commerce et de la vente option A animation et gestion de l'espace commercial",
      session: { examen: { code: "BAC_PRO", libelle: "Baccalauréat professionnel" }, academie: { nom: "Clermont-Ferrand" } },
      etat: "OUVERTE",
    });
    expect(clermont?.numero).toMatch(/^\d{4}-06-BACPRO-\d{6}$/);
    expect(clermont?.dernierEnregistrementAt).toEqual(TODAY);
    expect(cards.find((c) => c.id !== candidatureId)).toMatchObject({ statut: "BROUILLON", numero: null, session: { academie: { nom: "Nancy-Metz" } } });
  });
});

describe("mails through the job queue", () => {
  it("queues the mail in ENREGISTRER's own transaction: none for a refusal, one for a save, sent by the queue", async () => {
    const { account, candidatureId } = await started();
    await fill(account.id, candidatureId);
    const queued = async () =>
      Number(
        (await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'courriel' AND data->'message'->>'to' = $1`, account.email))[0]?.n ?? 0,
      );
    const refused = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: -1 }, { now: clock.now(), db });
    expect(refused.ok).toBe(false);
    expect(await queued()).toBe(0);
    const result = await enregistrerCandidature({ accountId: account.id, candidatureId, revision: await rev(candidatureId) }, { now: clock.now(), db });
    expect(result.ok).toBe(true);
    // Queued, not yet sent: the response never waits for the relay.
    expect(await queued()).toBe(1);
    expect(mailer.sent).toEqual([]);
    expect((await mailer.delivered()).map((m) => m.subject)).toEqual(["Confirmation d'inscription"]);
  });
});
