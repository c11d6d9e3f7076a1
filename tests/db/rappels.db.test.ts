import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { sendJob } from "@/lib/jobs/boss";
import { JOB_SCHEMA, SCHEDULES } from "@/lib/jobs/definitions";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { envoyerRappels, envoyerRappelsAcademie } from "@/lib/server/sessions/envoyer-rappels";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 10 §5: reminders before the registration closes (drafts never ENREGISTRÉES, 72 h then
// 24 h) and before the deposit closes (registered dossiers with pieces missing), each once, even
// when runs overlap; an académie's run touches only its own candidatures.
const TODAY = new Date("2026-11-22T12:00:00Z");
const HEURE = 3_600_000;
let db: PrismaClient;
/** Clermont's demo bac pro session: registration closes at CLOTURE, the deposit a week later (set below). */
let CLOTURE: Date;
let DEPOT: Date;
let clermont: string;
let nice: string;

const avant = (heures: number, echeance = CLOTURE) => new Date(echeance.getTime() - heures * HEURE);
const plat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "06" }, examen: { code: "BAC_PRO" } } });
  CLOTURE = session.inscriptionCloture;
  DEPOT = new Date(CLOTURE.getTime() + 7 * 24 * HEURE);
  await db.session.update({ where: { id: session.id }, data: { depotCloture: DEPOT } });
  clermont = session.academieId;
  nice = (await db.academie.findUniqueOrThrow({ where: { code: "23" } })).id;
}, 120_000);

/** The reminders recorded for a candidature. */
async function rappels(candidatureId: string): Promise<string[]> {
  const rows = await db.rappelEnvoye.findMany({ where: { candidatureId }, orderBy: { envoyeAt: "asc" } });
  return rows.map((r) => r.rappel);
}

/** The mails queued to the candidate of a candidature. */
async function courriels(candidatureId: string): Promise<{ subject: string; text: string }[]> {
  const { account } = await db.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { account: { select: { email: true } } } });
  const rows = await db.$queryRawUnsafe<{ subject: string; text: string }[]>(
    `SELECT data->'message'->>'subject' AS subject, data->'message'->>'text' AS text FROM ${JOB_SCHEMA}.job WHERE name = 'courriel' AND data->'message'->>'to' = $1 ORDER BY created_on`,
    account.email,
  );
  return rows.map((r) => ({ subject: plat(r.subject), text: plat(r.text) }));
}

describe("envoyerRappels", () => {
  it("reminds a draft 72 h, then 24 h before the registration closes, each once, and nothing outside these windows", async () => {
    const [id] = await insererDossiers(db, "06", [{ statut: "BROUILLON" }]);
    for (const instant of [avant(80), avant(72.5)]) await envoyerRappels(db, { now: instant, academieId: clermont });
    expect(await rappels(id!)).toEqual([]);

    const premier = await envoyerRappels(db, { now: avant(71), academieId: clermont });
    expect(premier.envoyes.BROUILLON_72H).toBeGreaterThanOrEqual(1);
    expect(await rappels(id!)).toEqual(["BROUILLON_72H"]);
    const [r72] = await db.rappelEnvoye.findMany({ where: { candidatureId: id! } });
    expect([r72!.echeance.toISOString(), r72!.envoyeAt.toISOString()]).toEqual([CLOTURE.toISOString(), avant(71).toISOString()]);
    const [mail] = await courriels(id!);
    expect(mail!.subject).toBe("Rappel : candidature non enregistrée – Baccalauréat professionnel");
    // The deadline in words in the académie's zone (17:00 in Paris), and the link to the candidature.
    expect(mail!.text).toContain("avant la clôture des inscriptions, le mardi 22 décembre 2026 à 17 h 00, heure de Paris.");
    expect(mail!.text).toContain("« ENREGISTRER »");
    expect(mail!.text).toContain(`/mes-candidatures/${id}\n`);

    for (const instant of [avant(60), avant(24.5)]) await envoyerRappels(db, { now: instant, academieId: clermont });
    expect(await rappels(id!)).toEqual(["BROUILLON_72H"]);

    await envoyerRappels(db, { now: avant(23), academieId: clermont });
    expect(await rappels(id!)).toEqual(["BROUILLON_72H", "BROUILLON_24H"]);
    for (const instant of [avant(1), avant(0), avant(-1), avant(-100)]) await envoyerRappels(db, { now: instant });
    const mails = await courriels(id!);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("Il vous reste moins de 24 heures.");
  });

  it("leaves alone a candidature registered once, désinscrite or whose account is disabled; reminds missing pieces only, before the deposit closes", async () => {
    const [enregistree, complete, redevenue, desinscrite, desactivee] = await insererDossiers(db, "06", [
      { statut: "ENREGISTREE", pieces: [{ code: "1NATID01", statut: "ATTENDU" }, { code: "2PHOTO01", statut: "CONFORME" }] },
      { statut: "ENREGISTREE", pieces: [{ code: "1NATID01", statut: "CONFORME" }, { code: "2PHOTO01", statut: "RECUE", mode: "POSTAL" }] },
      { statut: "BROUILLON" },
      { statut: "DESINSCRITE", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
      { statut: "BROUILLON", pieces: [{ code: "1NATID01", statut: "ATTENDU" }] },
    ]);
    // A draft that was ENREGISTRÉE once is not "never registered".
    await db.candidature.update({ where: { id: redevenue! }, data: { premierEnregistrementAt: avant(200) } });
    const { accountId } = await db.candidature.findUniqueOrThrow({ where: { id: desactivee! } });
    await db.account.update({ where: { id: accountId }, data: { disabledAt: avant(300) } });

    // Before the registration closes: no draft reminder for any of them, the pieces' window not open yet.
    await envoyerRappels(db, { now: avant(23), academieId: clermont });
    await envoyerRappels(db, { now: avant(100, DEPOT), academieId: clermont });
    for (const id of [enregistree, complete, redevenue, desinscrite, desactivee]) expect(await rappels(id!), id).toEqual([]);

    await envoyerRappels(db, { now: avant(48, DEPOT), academieId: clermont });
    expect(await rappels(enregistree!)).toEqual(["PIECES_72H"]);
    const [mail] = await courriels(enregistree!);
    expect(mail!.subject).toBe("Rappel : pièces justificatives à fournir – Baccalauréat professionnel");
    expect(mail!.text).toContain("– Document justifiant l'identité, en cours de validité\n");
    expect(mail!.text).not.toContain("photographie");
    expect(mail!.text).toContain("avant la date limite de dépôt des pièces, le mardi 29 décembre 2026 à 17 h 00, heure de Paris.");
    expect(mail!.text).toContain(`/mes-candidatures/${enregistree}/justificatifs\n`);

    await envoyerRappels(db, { now: avant(10, DEPOT), academieId: clermont });
    expect(await rappels(enregistree!)).toEqual(["PIECES_72H", "PIECES_24H"]);
    for (const id of [complete, redevenue, desinscrite, desactivee]) {
      expect(await rappels(id!), id).toEqual([]);
      expect(await courriels(id!), id).toEqual([]);
    }
  });

  it("sends each reminder once when runs overlap or a job is retried", async () => {
    const ids = await insererDossiers(db, "06", Array.from({ length: 5 }, () => ({ statut: "BROUILLON" as const })));
    const now = avant(20);
    const runs = await Promise.all([1, 2, 3].map(() => envoyerRappels(db, { now })));
    await envoyerRappels(db, { now: new Date(now.getTime() + 60_000) });
    // The same five, however the runs shared them.
    expect(runs.reduce((n, r) => n + r.envoyes.BROUILLON_24H, 0)).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      // First seen inside the last 24 h: the 24 h reminder only.
      expect(await rappels(id), id).toEqual(["BROUILLON_24H"]);
      expect(await courriels(id), id).toHaveLength(1);
    }
  });

  it("touches only the given académie's candidatures", async () => {
    const [aClermont] = await insererDossiers(db, "06", [{ statut: "BROUILLON" }]);
    const [aNice] = await insererDossiers(db, "23", [{ statut: "BROUILLON" }]);
    const session = await db.session.findFirstOrThrow({ where: { demo: true, academieId: nice, examen: { code: "BAC_PRO" } } });
    const now = avant(10, session.inscriptionCloture);
    const r = await envoyerRappels(db, { now, academieId: clermont });
    expect(r.sessions).toBeGreaterThanOrEqual(1);
    expect(await rappels(aClermont!)).toEqual(["BROUILLON_24H"]);
    expect(await rappels(aNice!)).toEqual([]);
    expect(await courriels(aNice!)).toEqual([]);

    await envoyerRappels(db, { now, academieId: nice });
    expect(await rappels(aNice!)).toEqual(["BROUILLON_24H"]);
  });

  it("reads only sessions with a deadline in the next 72 h, published ones", async () => {
    const [id] = await insererDossiers(db, "23", [{ statut: "BROUILLON" }]);
    const session = await db.session.findFirstOrThrow({ where: { demo: true, academieId: nice, examen: { code: "BAC_PRO" } } });
    expect(await envoyerRappels(db, { now: avant(80, session.inscriptionCloture), academieId: nice })).toMatchObject({ sessions: 0, total: 0 });
    // Nice's demo sessions (bac pro, CAP, BP, MC) all close then: none published.
    await db.session.updateMany({ where: { demo: true, academieId: nice }, data: { publiee: false } });
    expect(await envoyerRappels(db, { now: avant(30, session.inscriptionCloture), academieId: nice })).toMatchObject({ sessions: 0, total: 0 });
    expect(await rappels(id!)).toEqual([]);
    await db.session.updateMany({ where: { demo: true, academieId: nice }, data: { publiee: true } });
  });
});

describe("envoyerRappelsAcademie and the job", () => {
  it("records the admin's run in the audit trail with what it sent", async () => {
    const admin = await creerPersonnel(db, "06", "ADMIN_ACADEMIE");
    const [id] = await insererDossiers(db, "06", [{ statut: "ENREGISTREE", pieces: [{ code: "1NATID01", statut: "NON_CONFORME" }] }]);
    const now = avant(5, DEPOT);
    const r = await envoyerRappelsAcademie(db, { actor: { id: admin.id, role: admin.role, academieId: admin.academieId }, academieId: clermont }, { now, ip: "192.0.2.1" });
    expect(r.envoyes.PIECES_24H).toBeGreaterThanOrEqual(1);
    expect(await rappels(id!)).toEqual(["PIECES_24H"]);
    expect((await courriels(id!))[0]!.text).toContain("(non conforme, à remplacer)");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "rappels.envoyes", actorId: admin.id } });
    expect(event).toMatchObject({ academieId: clermont, entityType: "Academie", entityId: clermont, ip: "192.0.2.1", at: now });
    expect(event.after).toEqual({ maintenant: now.toISOString(), sessions: r.sessions, envoyes: r.envoyes });
  });

  it("is a job of the queue, scheduled every quarter of an hour", async () => {
    expect(SCHEDULES.find((s) => s.name === "rappels")?.cron).toBe("*/15 * * * *");
    await sendJob("rappels", {});
    expect(await runPendingJobs(["rappels"])).toEqual({ completed: 1, failed: 0 });
  });
});
