import "../fixtures/document-keys";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import type { PrismaClient } from "@prisma/client";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { sendJob, stopBoss } from "@/lib/jobs/boss";
import { JOB_SCHEMA, SCHEDULES } from "@/lib/jobs/definitions";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { startJobWorker } from "@/lib/jobs/worker";
import { createSmtpMailer, setMailerForTests } from "@/lib/mail";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { listFailedJobs } from "@/lib/server/jobs/list-failed-jobs";
import { retryFailedJob } from "@/lib/server/jobs/retry-failed-job";
import { HANDLERS } from "@/lib/jobs/handlers";
import { seed } from "@/prisma/seed";
import { createCandidat, demoSession, formulairesClermont, memoryMailer, revisionOf } from "../fixtures/candidatures";

// Issue 7 §4: mail and purges go through pg-boss in the portal's database, with retries.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  // On PostgreSQL the worker's database is shared with earlier test files: their queued mail is
  // delivered (to memory) first, so that this file counts only its own jobs.
  setMailerForTests(memoryMailer());
  await runPendingJobs();
}, 60_000);
afterAll(async () => {
  await stopBoss();
  setMailerForTests(null);
});

/** The confirmation mail's jobs for this address (ENREGISTRER's; the PDF's « nouveau document » notice is another). */
async function mailJobsTo(email: string): Promise<{ state: string; retry_count: number }[]> {
  return db.$queryRawUnsafe(
    `SELECT state::text AS state, retry_count FROM ${JOB_SCHEMA}.job WHERE name = 'courriel' AND data->'message'->>'to' = $1 AND data->'message'->>'subject' = 'Confirmation d''inscription' ORDER BY created_on`,
    email,
  );
}

/** Polls a condition of the database (the worker runs on its own timers) until it holds. */
async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`Condition non atteinte en ${timeoutMs} ms : ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function enregistrer(): Promise<{ email: string; numero: string }> {
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
  return { email: account.email, numero: result.numero };
}

describe("mail while the SMTP relay is down", () => {
  it("ENREGISTRER succeeds, the worker retries the mail, and delivers it exactly once when the relay is back", { timeout: 90_000 }, async () => {
    const port = await freePort();
    setMailerForTests(createSmtpMailer({ url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: "Portail <ne-pas-repondre@example.fr>" }));
    await startJobWorker();
    const received: ParsedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => received.push(mail), callback).then(() => callback());
      },
    });
    try {
      // The relay is down: the candidature is saved all the same, and the page may say so.
      const { email, numero } = await enregistrer();
      expect((await db.candidature.findFirstOrThrow({ where: { numero } })).statut).toBe("ENREGISTREE");
      await until(() => mailJobsTo(email), (jobs) => jobs.length === 1 && jobs[0]!.state === "retry");

      // The relay comes back; the next attempt (due in 30 s, brought forward here) delivers.
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
      await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE name = 'courriel' AND state = 'retry'`);
      expect(await until(() => mailJobsTo(email), (jobs) => jobs[0]?.state === "completed")).toEqual([{ state: "completed", retry_count: 1 }]);
      // No second copy, by the worker or by anyone draining the queue afterwards.
      await runPendingJobs(["courriel"]);
      const confirmations = received.filter((m) => m.subject === "Confirmation d'inscription");
      expect(confirmations).toHaveLength(1);
      expect(confirmations[0]?.to && "text" in confirmations[0].to ? confirmations[0].to.text : "").toContain(email);
      expect(confirmations[0]?.text).toContain(numero);
      expect(confirmations[0]?.messageId).toMatch(/@portail-candidats\.invalid>?$/);
    } finally {
      await stopBoss();
      if (server.server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("failed jobs", () => {
  it("stay listed with their error, and a national admin can retry one", async () => {
    const refusing = { send: async () => Promise.reject(new Error("Relais SMTP indisponible")) };
    setMailerForTests(refusing);
    const id = await sendJob("courriel", { message: { to: "echec@example.fr", subject: "Essai", text: "Essai", html: "<p>Essai</p>" } });
    // Its last attempt: fails for good.
    await db.$executeRawUnsafe(`UPDATE ${JOB_SCHEMA}.job SET retry_limit = 0 WHERE id = $1::uuid`, id);
    expect(await runPendingJobs(["courriel"])).toEqual({ completed: 0, failed: 1 });
    const [listed] = (await listFailedJobs()).filter((j) => j.id === id);
    expect(listed).toMatchObject({ name: "courriel", destinataire: "echec@example.fr", objet: "Essai", tentatives: 1, erreur: "Relais SMTP indisponible" });

    const admin = await db.account.findFirstOrThrow({ where: { role: "ADMIN_NATIONAL" } });
    const mailer = memoryMailer();
    setMailerForTests(mailer);
    expect(await retryFailedJob({ actor: admin, name: "courriel", id: id! }, { now: TODAY })).toBe(true);
    expect(await retryFailedJob({ actor: admin, name: "courriel", id: id! }, { now: TODAY })).toBe(false);
    expect(await runPendingJobs(["courriel"])).toEqual({ completed: 1, failed: 0 });
    expect(mailer.sent.map((m) => m.to)).toEqual(["echec@example.fr"]);
    expect((await listFailedJobs()).some((j) => j.id === id)).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "tache.relancee", entityId: id!, actorId: admin.id } })).toBe(1);
  });
});

describe("scheduled purges", () => {
  it("are scheduled in Paris time when a worker starts", { timeout: 60_000 }, async () => {
    await startJobWorker();
    try {
      const rows = await db.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(`SELECT name, cron, timezone FROM ${JOB_SCHEMA}.schedule ORDER BY name`);
      expect(rows).toEqual(
        SCHEDULES.map((s) => ({ name: s.name, cron: s.cron, timezone: "Europe/Paris" })).sort((a, b) => a.name.localeCompare(b.name)),
      );
    } finally {
      await stopBoss();
    }
  });

  it("delete what has had its time, and nothing else", async () => {
    const day = 24 * 3600_000;
    const now = Date.now();
    const account = await createCandidat(db);
    await db.loginAttempt.createMany({
      data: [
        { emailNormalized: "purge@example.fr", ip: "192.0.2.9", success: false, at: new Date(now - 31 * day) },
        { emailNormalized: "purge@example.fr", ip: "192.0.2.9", success: false, at: new Date(now - day) },
      ],
    });
    const oldSession = await db.authSession.create({ data: { accountId: account.id, createdAt: new Date(now - 40 * day), lastSeenAt: new Date(now - 40 * day), expiresAt: new Date(now - 40 * day + 12 * 3600_000) } });
    const liveSession = await db.authSession.create({ data: { accountId: account.id, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt: new Date(now + 12 * 3600_000) } });
    await db.rateLimiterFlexible.createMany({
      data: [
        { key: "essai:echu", points: 3, expire: new Date(now - 1000) },
        { key: "essai:courant", points: 3, expire: new Date(now + 3600_000) },
      ],
    });
    const stale = await db.account.create({
      data: { email: "non.active@example.fr", emailNormalized: "non.active@example.fr", nomNaissance: "Ancien", prenoms: "Sam", createdAt: new Date(now - 3 * day) },
    });

    const job = (name: keyof typeof HANDLERS) => HANDLERS[name]({ id: "essai", name, data: {}, expireInSeconds: 60 });
    await job("purge-tentatives-connexion");
    await job("purge-sessions-terminees");
    await job("purge-limites");
    await job("purge-comptes-non-actives");

    expect((await db.loginAttempt.findMany({ where: { emailNormalized: "purge@example.fr" } })).map((a) => a.at.getTime())).toEqual([now - day]);
    expect(await db.authSession.count({ where: { id: oldSession.id } })).toBe(0);
    expect(await db.authSession.count({ where: { id: liveSession.id } })).toBe(1);
    expect((await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "essai:" } } })).map((r) => r.key)).toEqual(["essai:courant"]);
    expect(await db.account.count({ where: { id: stale.id } })).toBe(0);
  });
});
