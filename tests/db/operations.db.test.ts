import "../fixtures/document-keys";
import type { PrismaClient } from "@prisma/client";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, getPglite } from "@/lib/db";
import { sendJob } from "@/lib/jobs/boss";
import { JOB_SCHEMA } from "@/lib/jobs/definitions";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { setMailerForTests } from "@/lib/mail";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { lancerAnnulation } from "@/lib/server/gestion/lancer-annulation";
import { apercuCourrier, lancerCourrier } from "@/lib/server/gestion/lancer-courrier";
import { lettresOperation } from "@/lib/server/gestion/lettres-operation";
import { issuesOperation, lireOperation, listerOperations } from "@/lib/server/gestion/lire-operations";
import { listerAnnulables } from "@/lib/server/gestion/lister-annulables";
import { cloturerOperations } from "@/lib/server/gestion/cloturer-operations";
import { retablirCandidature } from "@/lib/server/gestion/retablir-candidature";
import { examinerPiece } from "@/lib/server/justificatifs/examiner-piece";
import type { Scope } from "@/lib/server/gestion/scope";
import { traiterLot } from "@/lib/server/gestion/traiter-operation";
import { setStorageForTests } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";
import { formulairesClermont, memoryMailer } from "../fixtures/candidatures";
import { pdfText } from "../fixtures/pdf";
import { memoryStorage, type MemoryStorage } from "../fixtures/memory-storage";

// Issue 9 §6–7: bulk demandes/relances and annulations run by the job queue, one outcome per
// candidature even when a lot runs twice, never outside the manager's académie.
const TODAY = new Date("2026-11-22T12:00:00Z");
/** After the demo sessions' deposit deadline (+30 days, 17:00) and the confirmation's (+37 days). */
const APRES = new Date("2027-01-05T12:00:00Z");
let db: PrismaClient;
let storage: MemoryStorage;
const mailer = memoryMailer();
type Personnel = { scope: Scope; actor: AuditActor };
let gestion06: Personnel;
let admin06: Personnel;
let gestion23: Personnel;
let admin23: Personnel;

async function personnel(code: string, role: "GESTIONNAIRE" | "ADMIN_ACADEMIE" = "GESTIONNAIRE"): Promise<Personnel> {
  const p = await creerPersonnel(db, code, role);
  return { scope: { academieId: p.academieId!, accountId: p.id }, actor: { id: p.id, role: p.role, academieId: p.academieId } };
}

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  setMailerForTests(mailer);
  storage = memoryStorage();
  setStorageForTests(storage);
  [gestion06, admin06, gestion23, admin23] = [await personnel("06"), await personnel("06", "ADMIN_ACADEMIE"), await personnel("23"), await personnel("23", "ADMIN_ACADEMIE")];
  await mailer.forget();
}, 120_000);
afterAll(() => {
  setStorageForTests(null);
  setMailerForTests(null);
});

const emailOf = async (candidatureId: string) => (await db.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { account: { select: { email: true } } } })).account.email;
const compteurs = async (id: string) => db.operationGroupee.findUniqueOrThrow({ where: { id }, select: { total: true, traites: true, ignores: true, echecs: true, termineAt: true } });
const documents = (candidatureId: string) => db.document.findMany({ where: { candidatureId }, select: { id: true, type: true, operationId: true, storageKey: true } });

describe("a bulk relance over a filtered list", () => {
  it("creates exactly one letter and one mail per concerned candidature, even when a lot runs twice; skips the others; counts right", { timeout: 120_000 }, async () => {
    const [manquante, complete, brouillon, nonConforme] = await insererDossiers(db, "06", [
      { nomNaissance: "Relancetest", prenoms: "Alice", pieces: [{ code: "1NATID01", statut: "ATTENDU" }, { code: "CINSIG01", statut: "CONFORME" }] },
      { nomNaissance: "Relancetest", prenoms: "Bruno", pieces: [{ code: "1NATID01", statut: "CONFORME" }] },
      { nomNaissance: "Relancetest", prenoms: "Chloé", statut: "BROUILLON" },
      { nomNaissance: "Relancetest", prenoms: "David", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] },
    ]);
    const [niceId] = await insererDossiers(db, "23", [{ nomNaissance: "Relancetest", prenoms: "Élise", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);

    const filtres = { q: "relancetest" };
    expect(await apercuCourrier(db, gestion06.scope, { filtres }, TODAY)).toEqual({ total: 4, concernes: 2, candidature: null });
    const lance = await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "Merci de compléter votre dossier.", cible: { filtres } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    expect(lance.total).toBe(4);
    const op = await db.operationGroupee.findUniqueOrThrow({ where: { id: lance.operationId } });
    expect(op).toMatchObject({ academieId: gestion06.scope.academieId, type: "RELANCE_PIECES", total: 4, traites: 0, filtres: { q: "relancetest" } });
    expect([...op.candidatureIds].sort()).toEqual([manquante, complete, brouillon, nonConforme].sort());
    expect(await db.auditEvent.count({ where: { action: "operation.lancee", entityId: op.id, actorId: gestion06.actor.id } })).toBe(1);

    expect(await runPendingJobs(["operation-groupee"])).toEqual({ completed: 1, failed: 0 });
    expect(await compteurs(op.id)).toMatchObject({ total: 4, traites: 4, ignores: 2, echecs: 0, termineAt: expect.any(Date) });
    for (const id of [manquante!, nonConforme!]) expect(await documents(id)).toEqual([expect.objectContaining({ type: "RELANCE_PIECES", operationId: op.id })]);
    for (const id of [complete!, brouillon!, niceId!]) expect(await documents(id)).toEqual([]);

    // The same lot once more (a retry after a crash, a second worker): nothing new.
    await sendJob("operation-groupee", { operationId: op.id, candidatureIds: op.candidatureIds, at: TODAY.toISOString() });
    expect(await runPendingJobs(["operation-groupee"])).toEqual({ completed: 1, failed: 0 });
    expect(await traiterLot({ operationId: op.id, candidatureIds: op.candidatureIds, at: TODAY.toISOString() }, { db })).toEqual({ envoyes: 0, ignores: 0, echecs: 0, dejaFaits: 4 });
    expect(await compteurs(op.id)).toMatchObject({ traites: 4, ignores: 2, echecs: 0 });
    expect(await db.document.count({ where: { operationId: op.id } })).toBe(2);
    expect(storage.objects.size).toBe(2);

    const mails = await mailer.delivered();
    expect(mails.map((m) => m.to).sort()).toEqual([await emailOf(manquante!), await emailOf(nonConforme!)].sort());
    expect(mails.every((m) => m.subject === "Relance : pièces justificatives manquantes")).toBe(true);
    expect(mails[0]!.text).toContain("Merci de compléter votre dossier.");
    expect(await db.auditEvent.count({ where: { action: "operation.courrier.envoye", after: { path: ["operationId"], equals: op.id } } })).toBe(2);

    // The letter itself: the piece and its deadline in Clermont's local time.
    const doc = await db.document.findFirstOrThrow({ where: { candidatureId: manquante!, operationId: op.id } });
    const texte = (await pdfText(storage.objects.get(doc.storageKey!)!.bytes)).replace(/[\s\u00a0\u202f]+/g, " ");
    expect(texte).toContain("Document justifiant l’identité, en cours de validité");
    expect(texte).toMatch(/avant le \S+ \d+ \S+ 2026 à 17 h 00, heure de Paris\./);
    await mailer.forget();
  });

  it("one dossier: the manager's académie only; an operation of another académie does not exist for them", { timeout: 60_000 }, async () => {
    const [niceId] = await insererDossiers(db, "23", [{ nomNaissance: "Autreacademie", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);
    const avant = await db.operationGroupee.count();
    expect(await apercuCourrier(db, gestion06.scope, { candidatureId: niceId! }, TODAY)).toBeNull();
    expect(await lancerCourrier(gestion06, { type: "DEMANDE_PIECES", message: "", cible: { candidatureId: niceId! } }, { now: TODAY, db })).toEqual({ ok: false, code: "HORS_ACADEMIE" });
    expect(await db.operationGroupee.count()).toBe(avant);

    const lance = await lancerCourrier(gestion23, { type: "DEMANDE_PIECES", message: "", cible: { candidatureId: niceId! } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    expect(await lireOperation(db, gestion06.scope, lance.operationId)).toBeNull();
    expect((await listerOperations(db, gestion06.scope)).some((o) => o.id === lance.operationId)).toBe(false);
    expect(await lettresOperation(db, { scope: gestion06.scope, acteur: gestion06.actor }, lance.operationId, TODAY)).toBeNull();
    expect(await lireOperation(db, gestion23.scope, lance.operationId)).toMatchObject({ type: "DEMANDE_PIECES", total: 1 });
    await runPendingJobs(["operation-groupee"]);
    expect(await documents(niceId!)).toEqual([expect.objectContaining({ type: "DEMANDE_PIECES" })]);
    await mailer.forget();
  });

  it("a forged lot (another académie's id in Clermont's operation, or an id the operation was not launched on) touches nothing", { timeout: 60_000 }, async () => {
    const [niceId] = await insererDossiers(db, "23", [{ nomNaissance: "Forge", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);
    const [clermontId] = await insererDossiers(db, "06", [{ nomNaissance: "Forge", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);
    const forgee = await db.operationGroupee.create({
      data: { academieId: gestion06.scope.academieId, type: "RELANCE_PIECES", createdById: gestion06.actor.id, message: "", candidatureIds: [niceId!], total: 1, createdAt: TODAY },
    });
    expect(await traiterLot({ operationId: forgee.id, candidatureIds: [niceId!, clermontId!], at: TODAY.toISOString() }, { db })).toEqual({ envoyes: 0, ignores: 1, echecs: 0, dejaFaits: 0 });
    expect(await documents(niceId!)).toEqual([]);
    expect(await documents(clermontId!)).toEqual([]);
    expect(await compteurs(forgee.id)).toMatchObject({ traites: 1, ignores: 1 });
    expect(await db.auditEvent.findFirst({ where: { action: "operation.candidature.ignoree", entityId: niceId! }, select: { after: true } })).toEqual({
      after: { operationId: forgee.id, type: "RELANCE_PIECES", raison: "HORS_ACADEMIE", decideAt: TODAY.toISOString() },
    });
  });

  it("a letter that cannot be printed counts as failed, at once, and the operation still ends", { timeout: 60_000 }, async () => {
    const [id] = await insererDossiers(db, "06", [{ nomNaissance: "Imprimable", prenoms: "Zoé 𝄞", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);
    const lance = await lancerCourrier(gestion06, { type: "DEMANDE_PIECES", message: "", cible: { candidatureId: id! } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    expect(await runPendingJobs(["operation-groupee"])).toEqual({ completed: 1, failed: 0 });
    expect(await compteurs(lance.operationId)).toMatchObject({ total: 1, traites: 1, ignores: 0, echecs: 1, termineAt: expect.any(Date) });
    expect(await documents(id!)).toEqual([]);
  });
});

describe("annulation of incomplete dossiers", () => {
  it("only after the deposit deadline, only incomplete dossiers, re-checked at their turn; letters printable as one PDF; reverted by an admin d'académie, recorded", { timeout: 180_000 }, async () => {
    const [incomplet, attente, complet, corrige] = await insererDossiers(
      db,
      "23",
      [
        { nomNaissance: "Annulable", prenoms: "Anne", pieces: [{ code: "1NATID01", statut: "ATTENDU" }, { code: "CINSIG01", statut: "CONFORME" }] },
        { nomNaissance: "Enattente", prenoms: "Basile", pieces: [{ code: "1NATID01", statut: "RECUE" }] },
        { nomNaissance: "Complet", prenoms: "Cyril", pieces: [{ code: "1NATID01", statut: "CONFORME" }] },
        { nomNaissance: "Corrige", prenoms: "Diane", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] },
      ],
      { examen: "CAP" },
    );
    // An address for the registered letter.
    await db.candidature.update({ where: { id: incomplet! }, data: { donnees: { identification: formulairesClermont().identification } } as never });
    const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "23" }, examen: { code: "CAP" } }, select: { id: true } });
    const motif = "Dossier incomplet à la date limite de dépôt des pièces.";

    // Before the deadline: nothing to list, nothing launched.
    expect((await listerAnnulables(db, gestion23.scope, TODAY)).some((s) => s.id === session.id)).toBe(false);
    expect(await lancerAnnulation(gestion23, { sessionId: session.id, motif }, { now: TODAY, db })).toEqual({ ok: false, code: "DELAI_NON_ECHU" });
    // Another académie's session: refused.
    expect(await lancerAnnulation(gestion06, { sessionId: session.id, motif }, { now: APRES, db })).toEqual({ ok: false, code: "HORS_ACADEMIE" });
    expect((await listerAnnulables(db, gestion06.scope, APRES)).some((s) => s.id === session.id)).toBe(false);

    const [liste] = await listerAnnulables(db, gestion23.scope, APRES, { sessionId: session.id });
    expect(liste!.annulables.map((d) => d.id).sort()).toEqual([incomplet!, corrige!].sort());
    expect(liste!).toMatchObject({ nombre: 2, enAttente: 1, retablies: 0 });
    expect(liste!.annulables.find((d) => d.id === corrige)?.pieces).toEqual(["Document justifiant l’identité, en cours de validité (non conforme)"]);
    // The page reads only its rows; the count is the whole session's.
    const [premiere] = await listerAnnulables(db, gestion23.scope, APRES, { sessionId: session.id, lignes: 1 });
    expect([premiere!.nombre, premiere!.annulables.length]).toEqual([2, 1]);

    const lance = await lancerAnnulation(gestion23, { sessionId: session.id, motif }, { now: APRES, db });
    if (!lance.ok) throw new Error(lance.code);
    expect(lance.total).toBe(2);
    // Between launch and its turn, the non-conforme piece is accepted: that dossier is skipped.
    await db.justificatif.updateMany({ where: { candidatureId: corrige! }, data: { statut: "CONFORME" } });
    await runPendingJobs(["operation-groupee"]);
    expect(await compteurs(lance.operationId)).toMatchObject({ total: 2, traites: 2, ignores: 1, echecs: 0, termineAt: expect.any(Date) });

    const annulee = await db.candidature.findUniqueOrThrow({ where: { id: incomplet! } });
    expect(annulee).toMatchObject({ statut: "ANNULEE", annuleeAt: APRES, motifAnnulation: motif });
    for (const id of [attente!, complet!, corrige!]) expect((await db.candidature.findUniqueOrThrow({ where: { id } })).statut).toBe("ENREGISTREE");
    expect(await documents(incomplet!)).toEqual([expect.objectContaining({ type: "ANNULATION", operationId: lance.operationId })]);
    const mails = await mailer.delivered();
    const adresse = await emailOf(incomplet!);
    expect(mails.filter((m) => m.to === adresse).map((m) => m.subject)).toEqual(["Annulation de votre inscription"]);
    expect(await db.auditEvent.findFirst({ where: { action: "candidature.annulee", entityId: incomplet! }, select: { before: true, after: true, actorId: true } })).toMatchObject({
      actorId: gestion23.actor.id,
      before: { statut: "ENREGISTREE" },
      after: { statut: "ANNULEE", motifAnnulation: motif, operationId: lance.operationId },
    });

    const lettres = await lettresOperation(db, { scope: gestion23.scope, acteur: gestion23.actor, ip: "203.0.113.9" }, lance.operationId, APRES);
    expect(lettres).toMatchObject({ nombre: 1, partie: 1, parties: 1 });
    // Names and addresses leave the portal: audited like an export.
    expect(await db.auditEvent.findFirst({ where: { action: "operation.lettres_telechargees", entityId: lance.operationId }, select: { actorId: true, academieId: true, ip: true, after: true } })).toEqual({
      actorId: gestion23.actor.id,
      academieId: gestion23.scope.academieId,
      ip: "203.0.113.9",
      after: { type: "ANNULATION", partie: 1, parties: 1, lettres: 1 },
    });
    expect(await lettresOperation(db, { scope: gestion23.scope, acteur: gestion23.actor }, lance.operationId, APRES, { partie: 2 })).toBeNull();
    expect((await PDFDocument.load(lettres!.bytes)).getPageCount()).toBe(1);
    const texte = (await pdfText(lettres!.bytes)).replace(/[\s\u00a0\u202f]+/g, " ");
    expect(texte).toContain("Lettre recommandée avec accusé de réception");
    expect(texte).toContain("Madame Anne ANNULABLE");
    expect(texte).toContain("63000 CLERMONT-FERRAND");

    // Nothing was deleted; the revert is an admin d'académie's, of the same académie, recorded.
    expect(await retablirCandidature(gestion23, { candidatureId: incomplet!, raison: "Pièce reçue à temps" }, { now: APRES, db })).toEqual({ ok: false, code: "ROLE" });
    expect(await retablirCandidature(admin06, { candidatureId: incomplet!, raison: "Pièce reçue à temps" }, { now: APRES, db })).toEqual({ ok: false, code: "HORS_ACADEMIE" });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: incomplet! } })).statut).toBe("ANNULEE");
    expect(await retablirCandidature(admin23, { candidatureId: complet!, raison: "Erreur" }, { now: APRES, db })).toEqual({ ok: false, code: "NON_ANNULEE" });
    expect(await retablirCandidature(admin23, { candidatureId: incomplet!, raison: "Pièce reçue à temps par la poste" }, { now: APRES, db })).toEqual({ ok: true });
    expect(await db.candidature.findUniqueOrThrow({ where: { id: incomplet! } })).toMatchObject({ statut: "ENREGISTREE", annuleeAt: null, motifAnnulation: null });
    expect(await db.auditEvent.findFirst({ where: { action: "candidature.annulation.retiree", entityId: incomplet! }, select: { actorId: true, before: true, after: true } })).toEqual({
      actorId: admin23.actor.id,
      before: { statut: "ANNULEE", annuleeAt: APRES.toISOString(), motifAnnulation: motif },
      after: { statut: "ENREGISTREE", raison: "Pièce reçue à temps par la poste" },
    });
    expect(await documents(incomplet!)).toHaveLength(1);

    // The académie decided: the dossier, still incomplete, is neither listed nor cancelled again by a later annulation of the session.
    const [apres] = await listerAnnulables(db, gestion23.scope, APRES, { sessionId: session.id });
    expect(apres!.annulables.map((d) => d.id)).not.toContain(incomplet);
    expect(apres!.retablies).toBe(1);
    expect(await lancerAnnulation(gestion23, { sessionId: session.id, motif }, { now: APRES, db })).toEqual({ ok: false, code: "AUCUNE_CIBLE" });
    // A lot that still names it (an operation launched before the revert) skips it.
    const ancienne = await db.operationGroupee.create({
      data: { academieId: gestion23.scope.academieId, type: "ANNULATION", createdById: gestion23.actor.id, message: motif, candidatureIds: [incomplet!], total: 1, createdAt: APRES },
    });
    expect(await traiterLot({ operationId: ancienne.id, candidatureIds: [incomplet!], at: APRES.toISOString() }, { db })).toEqual({ envoyes: 0, ignores: 1, echecs: 0, dejaFaits: 0 });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: incomplet! } })).statut).toBe("ENREGISTREE");
    expect(await db.auditEvent.findFirst({ where: { action: "operation.candidature.ignoree", entityId: incomplet!, after: { path: ["operationId"], equals: ancienne.id } }, select: { after: true } })).toMatchObject({
      after: { raison: "ANNULATION_RETIREE" },
    });
    // On PostgreSQL, files of one worker share its database: leave no piece in Nice's review queue (revue-pieces reads it whole).
    await db.justificatif.updateMany({ where: { candidatureId: attente! }, data: { statut: "CONFORME" } });
    await mailer.forget();
  });
});

describe("the same operation launched twice", () => {
  it("a relance on the same list (in another order) is refused while the first runs, naming it; accepted once it is over", { timeout: 120_000 }, async () => {
    await viderFile();
    await insererDossiers(db, "06", [{ nomNaissance: "Doublon", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }]);
    const premier = await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "", cible: { filtres: { q: "doublon" } } }, { now: TODAY, db });
    if (!premier.ok) throw new Error(premier.code);
    const avant = await db.operationGroupee.count();
    expect(await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "Autre message", cible: { filtres: { q: "doublon", tri: "recentes" } } }, { now: TODAY, db })).toEqual({
      ok: false,
      code: "DEJA_EN_COURS",
      operationId: premier.operationId,
    });
    // Another manager of the académie: the same refusal. Another type, or another list: launched.
    const collegue = await personnel("06");
    expect(await lancerCourrier(collegue, { type: "RELANCE_PIECES", message: "", cible: { filtres: { q: "doublon" } } }, { now: TODAY, db })).toMatchObject({ ok: false, code: "DEJA_EN_COURS" });
    expect(await db.operationGroupee.count()).toBe(avant);
    expect(await lancerCourrier(gestion06, { type: "DEMANDE_PIECES", message: "", cible: { filtres: { q: "doublon" } } }, { now: TODAY, db })).toMatchObject({ ok: true });
    await viderFile();
    expect(await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "", cible: { filtres: { q: "doublon" } } }, { now: TODAY, db })).toMatchObject({ ok: true });
    await viderFile();
    await mailer.forget();
  });

  it("two launches at once (a form posted twice): one operation, one letter per candidate", { timeout: 120_000 }, async () => {
    await viderFile();
    const [id] = await insererDossiers(db, "23", [{ nomNaissance: "Doubleclic", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }], { examen: "CAP" });
    const session = await sessionNice();
    const lances = await Promise.all([1, 2].map(() => lancerAnnulation(gestion23, { sessionId: session.id, motif: MOTIF }, { now: APRES, db })));
    const ok = lances.filter((l) => l.ok);
    expect(ok).toHaveLength(1);
    expect(lances.find((l) => !l.ok)).toMatchObject({ ok: false, code: "DEJA_EN_COURS", operationId: (ok[0] as { operationId: string }).operationId });
    await viderFile();
    expect(await documents(id!)).toEqual([expect.objectContaining({ type: "ANNULATION" })]);
    await mailer.forget();
  });
});

describe("letters by parts", () => {
  it("each part holds its letters in name order; every download is audited", { timeout: 120_000 }, async () => {
    await viderFile();
    await insererDossiers(db, "06", [
      { nomNaissance: "Partiec", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
      { nomNaissance: "Partiea", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
      { nomNaissance: "Partieb", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
    ]);
    const lance = await lancerCourrier(gestion06, { type: "DEMANDE_PIECES", message: "", cible: { filtres: { q: "partie" } } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    await viderFile();
    const qui = { scope: gestion06.scope, acteur: gestion06.actor };
    const noms: string[] = [];
    for (const partie of [1, 2]) {
      const lettres = await lettresOperation(db, qui, lance.operationId, TODAY, { partie, taille: 2 });
      expect(lettres).toMatchObject({ partie, parties: 2, nombre: partie === 1 ? 2 : 1 });
      noms.push(...((await pdfText(lettres!.bytes)).match(/PARTIE[ABC]/g) ?? []));
    }
    expect(noms.filter((n, i) => noms.indexOf(n) === i)).toEqual(["PARTIEA", "PARTIEB", "PARTIEC"]);
    expect(await lettresOperation(db, qui, lance.operationId, TODAY, { partie: 3, taille: 2 })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "operation.lettres_telechargees", entityId: lance.operationId, actorId: gestion06.actor.id } })).toBe(2);
    await mailer.forget();
  });
});

/** Nice's CAP session (upload pieces), past its deposit deadline at APRES. */
const sessionNice = () => db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "23" }, examen: { code: "CAP" } }, select: { id: true } });
const MOTIF = "Dossier incomplet à la date limite de dépôt des pièces.";
/** Runs (and so empties) every queued lot, so that no test leaves work for another. */
const viderFile = () => runPendingJobs(["operation-groupee"]);
const enAttenteDeVerrou = async (fragment: string) => {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
    `%${fragment}%`,
  );
  return (row?.n ?? 0) > 0;
};
async function attendre(condition: () => Promise<boolean>, quoi: string) {
  for (let i = 0; i < 400; i += 1) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`jamais vu : ${quoi}`);
}

describe("an annulation and a manager's verdict on the same dossier", () => {
  it("a lot run after the last piece became Conforme (examinerPiece) skips the dossier", { timeout: 120_000 }, async () => {
    await viderFile();
    const [id] = await insererDossiers(db, "23", [{ nomNaissance: "Verdictavant", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] }], { examen: "CAP" });
    const session = await sessionNice();
    const lance = await lancerAnnulation(gestion23, { sessionId: session.id, motif: MOTIF }, { now: APRES, db });
    if (!lance.ok) throw new Error(lance.code);
    const op = await db.operationGroupee.findUniqueOrThrow({ where: { id: lance.operationId }, select: { candidatureIds: true } });
    expect(op.candidatureIds).toContain(id);
    expect(await examinerPiece({ actor: gestion23.actor, candidatureId: id!, pieceCode: "1NATID01", verdict: { type: "MARQUER_CONFORME" } }, { now: APRES, db })).toEqual({ ok: true });
    await viderFile();
    expect((await db.candidature.findUniqueOrThrow({ where: { id: id! } })).statut).toBe("ENREGISTREE");
    expect(await documents(id!)).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { action: "operation.candidature.ignoree", entityId: id! }, select: { after: true } })).toMatchObject({
      after: { operationId: lance.operationId, raison: "PLUS_INCOMPLET" },
    });
    await mailer.forget();
  });

  // Two connections are needed to interleave the transactions: PostgreSQL only (PGlite has one).
  it("the lot waits for a verdict holding the candidature, then skips the dossier; a verdict takes the candidature before the piece", { timeout: 120_000 }, async (ctx) => {
    if (await getPglite()) ctx.skip();
    await viderFile();
    const [id] = await insererDossiers(db, "23", [{ nomNaissance: "Verdictpendant", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] }], { examen: "CAP" });
    const session = await sessionNice();
    const lance = await lancerAnnulation(gestion23, { sessionId: session.id, motif: MOTIF }, { now: APRES, db });
    if (!lance.ok) throw new Error(lance.code);
    const piece = await db.justificatif.findFirstOrThrow({ where: { candidatureId: id!, pieceCode: "1NATID01" }, select: { id: true } });

    // A verdict in progress: it holds the candidature; the lot reads the dossier as incomplete, makes the letter, then waits.
    let liberer!: () => void;
    const libere = new Promise<void>((r) => (liberer = r));
    let verrouillee!: () => void;
    const tenue = new Promise<void>((r) => (verrouillee = r));
    const verdict = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Candidature" WHERE "id" = ${id!} FOR UPDATE`;
        verrouillee();
        await libere;
        await tx.justificatif.update({ where: { id: piece.id }, data: { statut: "CONFORME", valideAt: APRES } });
      },
      { timeout: 60_000 },
    );
    await tenue;
    const lot = traiterLot({ operationId: lance.operationId, candidatureIds: [id!], at: APRES.toISOString() }, { db });
    await attendre(() => enAttenteDeVerrou(`FROM "Candidature" WHERE "id"`), "le lot attend le verrou de la candidature");
    liberer();
    await verdict;
    expect(await lot).toEqual({ envoyes: 0, ignores: 1, echecs: 0, dejaFaits: 0 });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: id! } })).statut).toBe("ENREGISTREE");
    expect(await documents(id!)).toEqual([]);

    // The other way round: while an annulation holds the candidature, a verdict waits for it without having locked the piece.
    const [autre] = await insererDossiers(db, "23", [{ nomNaissance: "Verdictapres", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] }], { examen: "CAP" });
    const pieceAutre = await db.justificatif.findFirstOrThrow({ where: { candidatureId: autre!, pieceCode: "1NATID01" }, select: { id: true } });
    let fin!: () => void;
    const finie = new Promise<void>((r) => (fin = r));
    let tenue2!: () => void;
    const prise = new Promise<void>((r) => (tenue2 = r));
    const annulation = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Candidature" WHERE "id" = ${autre!} AND "academieId" = ${gestion23.scope.academieId} FOR UPDATE`;
        tenue2();
        await finie;
      },
      { timeout: 60_000 },
    );
    await prise;
    const examen = examinerPiece({ actor: gestion23.actor, candidatureId: autre!, pieceCode: "1NATID01", verdict: { type: "MARQUER_CONFORME" } }, { now: APRES, db });
    await attendre(() => enAttenteDeVerrou(`FROM "Candidature" c WHERE c."id"`), "le verdict attend le verrou de la candidature");
    // The piece is free: the verdict did not lock it first.
    const libre = await db.$transaction(async (tx) => tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Justificatif" WHERE "id" = ${pieceAutre.id} FOR UPDATE NOWAIT`);
    expect(libre).toHaveLength(1);
    fin();
    await annulation;
    expect(await examen).toEqual({ ok: true });
    await viderFile();
    await mailer.forget();
  });
});

describe("an operation's times", () => {
  it("letters, annulations and outcomes are dated by the job's clock, never before the launch; the decision's instant is kept", { timeout: 120_000 }, async () => {
    await viderFile();
    const [annulable, complet] = await insererDossiers(
      db,
      "23",
      [
        { nomNaissance: "Horloge", prenoms: "Ariane", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
        { nomNaissance: "Horloge", prenoms: "Bertrand", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] },
      ],
      { examen: "CAP" },
    );
    const session = await sessionNice();
    const lance = await lancerAnnulation(gestion23, { sessionId: session.id, motif: MOTIF }, { now: APRES, db });
    if (!lance.ok) throw new Error(lance.code);
    await db.justificatif.updateMany({ where: { candidatureId: complet! }, data: { statut: "CONFORME" } });
    const plusTard = new Date(APRES.getTime() + 3 * 3_600_000);
    expect(await traiterLot({ operationId: lance.operationId, candidatureIds: [annulable!, complet!], at: APRES.toISOString() }, { db, now: () => plusTard })).toMatchObject({
      envoyes: 1,
      ignores: 1,
    });
    expect(await db.candidature.findUniqueOrThrow({ where: { id: annulable! }, select: { annuleeAt: true } })).toEqual({ annuleeAt: plusTard });
    expect(await db.document.findFirstOrThrow({ where: { candidatureId: annulable!, operationId: lance.operationId }, select: { createdAt: true } })).toEqual({ createdAt: plusTard });
    const trace = await db.auditEvent.findMany({
      where: { OR: [{ entityId: lance.operationId }, { entityId: { in: [annulable!, complet!] }, after: { path: ["operationId"], equals: lance.operationId } }] },
      select: { action: true, at: true, after: true },
      orderBy: { at: "asc" },
    });
    expect(trace.map((e) => [e.action, e.at])).toEqual([
      ["operation.lancee", APRES],
      expect.arrayContaining([plusTard]),
      expect.arrayContaining([plusTard]),
    ]);
    for (const e of trace.slice(1)) expect(e.after).toMatchObject({ decideAt: APRES.toISOString() });
    await viderFile();

    // A job clock behind the launch (the manager's test clock ahead): recorded at the launch, so the trail stays in order.
    const [encore] = await insererDossiers(db, "23", [{ nomNaissance: "Horloge", prenoms: "Capucine", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] }], { examen: "CAP" });
    const relance = await lancerAnnulation(gestion23, { sessionId: session.id, motif: MOTIF }, { now: APRES, db });
    if (!relance.ok) throw new Error(relance.code);
    await traiterLot({ operationId: relance.operationId, candidatureIds: [encore!], at: APRES.toISOString() }, { db, now: () => TODAY });
    expect(await db.candidature.findUniqueOrThrow({ where: { id: encore! }, select: { annuleeAt: true } })).toEqual({ annuleeAt: APRES });
    await viderFile();
    await mailer.forget();
  });
});

describe("an operation never stays « en cours »", () => {
  const jobsDe = (operationId: string) =>
    db.$queryRawUnsafe<{ id: string; state: string }[]>(`SELECT id::text AS id, state::text AS state FROM ${JOB_SCHEMA}.job WHERE name = 'operation-groupee' AND data->>'operationId' = $1`, operationId);

  it("the sweeper ends an operation whose lots are all over, its missing dossiers counted as failed; one with a lot still due is left alone", { timeout: 120_000 }, async () => {
    await viderFile();
    const ids = await insererDossiers(db, "06", [
      { nomNaissance: "Balayage", prenoms: "Un", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
      { nomNaissance: "Balayage", prenoms: "Deux", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
    ]);
    const lance = await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "", cible: { filtres: { q: "balayage" } } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    // One dossier done by a first attempt, then the job's last attempt expired (pg-boss marks it failed).
    await traiterLot({ operationId: lance.operationId, candidatureIds: [ids[0]!], at: TODAY.toISOString() }, { db });
    const [job] = await jobsDe(lance.operationId);
    expect(job?.state).toBe("created");
    const avant = await cloturerOperations({ db, now: TODAY });
    expect(avant.operations).toBe(0);
    expect((await compteurs(lance.operationId)).termineAt).toBeNull();

    await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.job SET state = 'failed', completed_on = now() WHERE name = 'operation-groupee' AND id = $1::uuid`, job!.id);
    const plusTard = new Date(TODAY.getTime() + 3_600_000);
    expect(await cloturerOperations({ db, now: plusTard })).toEqual({ operations: 1, echecs: 1 });
    expect(await compteurs(lance.operationId)).toEqual({ total: 2, traites: 2, ignores: 0, echecs: 1, termineAt: plusTard });
    const issues = await issuesOperation(db, gestion06.scope, { id: lance.operationId, createdAt: TODAY });
    expect(issues).toEqual([expect.objectContaining({ candidatureId: ids[1], issue: "echec", raison: "LOT_INTERROMPU" })]);
    // Once: a second sweep finds nothing, and the lot retried by hand records nothing more.
    expect(await cloturerOperations({ db, now: plusTard })).toEqual({ operations: 0, echecs: 0 });
    expect(await traiterLot({ operationId: lance.operationId, candidatureIds: ids, at: TODAY.toISOString() }, { db })).toEqual({ envoyes: 0, ignores: 0, echecs: 0, dejaFaits: 2 });
    expect(await compteurs(lance.operationId)).toMatchObject({ traites: 2, echecs: 1 });
    await mailer.forget();
  });

  it("on a lot's last attempt, a failure outside one dossier's handling records the rest of the lot as failed", { timeout: 120_000 }, async () => {
    await viderFile();
    const ids = await insererDossiers(db, "06", [
      { nomNaissance: "Dernieressai", prenoms: "Un", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
      { nomNaissance: "Dernieressai", prenoms: "Deux", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
    ]);
    const lance = await lancerCourrier(gestion06, { type: "RELANCE_PIECES", message: "", cible: { filtres: { q: "dernieressai" } } }, { now: TODAY, db });
    if (!lance.ok) throw new Error(lance.code);
    const [job] = await jobsDe(lance.operationId);
    // The job on its last attempt; the database refuses two transactions in a row (the letter's, then the failure's).
    await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.job SET retry_count = retry_limit WHERE name = 'operation-groupee' AND id = $1::uuid`, job!.id);
    let refus = 2;
    const panne = new Proxy(db, {
      get(cible, cle, recepteur) {
        if (cle === "$transaction" && refus > 0) {
          return () => {
            refus -= 1;
            return Promise.reject(new Error("connexion perdue"));
          };
        }
        return Reflect.get(cible, cle, recepteur);
      },
    });
    expect(await traiterLot({ operationId: lance.operationId, candidatureIds: ids, at: TODAY.toISOString() }, { db: panne, jobId: job!.id })).toEqual({
      envoyes: 0,
      ignores: 0,
      echecs: 2,
      dejaFaits: 0,
    });
    expect(await compteurs(lance.operationId)).toMatchObject({ total: 2, traites: 2, echecs: 2, termineAt: expect.any(Date) });
    for (const id of ids) expect(await documents(id)).toEqual([]);
    await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.job SET state = 'completed', completed_on = now() WHERE name = 'operation-groupee' AND id = $1::uuid`, job!.id);
  });
});
