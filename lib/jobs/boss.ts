import "server-only";
import PgBoss from "pg-boss";
import { getDb, getPglite, type Db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { JOB_SCHEMA, JOBS, type JobName } from "./definitions";

// pg-boss keeps its jobs in the portal's own database (schema "pgboss", created with the
// migrations): jobs survive a restart, and every instance on one PostgreSQL shares one queue.
// Jobs are sent through Prisma (inside the caller's transaction when there is one); only the
// worker opens pg-boss's own connection (a pool on PostgreSQL, the shared handle on PGlite).

const globalForBoss = globalThis as unknown as { bossPromise?: Promise<PgBoss>; sender?: PgBoss; wake?: Map<string, string> };

/** Failed jobs stay in the job table 30 days (listed for operators), then 90 more in the archive. */
const OPTIONS: PgBoss.ConstructorOptions = {
  schema: JOB_SCHEMA,
  archiveFailedAfterSeconds: 30 * 24 * 3600,
  deleteAfterDays: 90,
};

/** pg-boss's database interface on a Prisma client or transaction. */
function prismaExecutor(db: Db | Tx): PgBoss.Db {
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }) };
}

function sender(): PgBoss {
  // Never started: it only builds the INSERT, run on the executor given to each send.
  globalForBoss.sender ??= new PgBoss({ ...OPTIONS, db: { executeSql: () => Promise.reject(new Error("pg-boss sender without a database")) } });
  return globalForBoss.sender;
}

/**
 * Queues a job. Given a transaction, the job exists if and only if the transaction commits: a mail
 * never announces what was rolled back, and is never lost after what it announces was saved.
 */
export async function sendJob(name: JobName, data: object, { tx }: { tx?: Tx } = {}): Promise<string | null> {
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = JOBS[name];
  const id = await sender().send(name, data, { db: prismaExecutor(tx ?? (await getDb())), retryLimit, retryDelay, retryBackoff, expireInSeconds });
  // Outside a transaction the job is visible now: wake this process's worker instead of waiting for
  // its poll; inside one, shortly after (most transactions commit within that time).
  if (!tx) wakeWorker(name);
  else setTimeout(() => wakeWorker(name), 150).unref();
  return id;
}

/** After a transaction that queued jobs has committed: their worker in this process starts at once. */
export function wakeWorker(name: JobName): void {
  const workerId = globalForBoss.wake?.get(name);
  if (workerId && globalForBoss.bossPromise) void globalForBoss.bossPromise.then((boss) => boss.notifyWorker(workerId)).catch(() => undefined);
}

export function registerWorkerId(name: JobName, workerId: string): void {
  (globalForBoss.wake ??= new Map()).set(name, workerId);
}

async function createBoss(): Promise<PgBoss> {
  const e = env();
  let boss: PgBoss;
  if (e.DATABASE_URL) {
    boss = new PgBoss({ ...OPTIONS, connectionString: e.DATABASE_URL, max: 4, application_name: "portail-taches" });
  } else {
    const pglite = await getPglite();
    if (!pglite) throw new Error("Base embarquée introuvable pour la file de tâches.");
    boss = new PgBoss({
      ...OPTIONS,
      db: {
        executeSql: async (text: string, values: unknown[]) =>
          values?.length ? pglite.query(text, values) : ((await pglite.exec(text)).at(-1) ?? { rows: [] }),
      },
    });
  }
  // pg-boss's own timers retry by themselves (a database restart…): the operator sees why.
  boss.on("error", (error) => console.warn(`File de tâches : ${error.message}`));
  await boss.start();
  return boss;
}

/** The started pg-boss of this process (worker, schedules), created once. */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.bossPromise ??= createBoss().catch((error: unknown) => {
    globalForBoss.bossPromise = undefined;
    throw error;
  });
  return globalForBoss.bossPromise;
}

export async function stopBoss(): Promise<void> {
  const p = globalForBoss.bossPromise;
  globalForBoss.bossPromise = undefined;
  globalForBoss.wake = undefined;
  if (p) await (await p).stop({ graceful: false, wait: true, close: Boolean(env().DATABASE_URL) });
}
