import "server-only";
import type PgBoss from "pg-boss";
import { getBoss, registerWorkerId } from "./boss";
import { JOB_NAMES, SCHEDULES, type JobName } from "./definitions";

/** Someone waits for mail and for the answers to their requests; the purges run on a schedule. */
const POLLING_SECONDS: Record<JobName, number> = {
  courriel: 1,
  "demande-lien-activation": 1,
  "demande-reinitialisation": 1,
  "confirmation-pdf": 2,
  "operation-groupee": 1,
  "cloture-operations": 30,
  rappels: 30,
  "purge-comptes-non-actives": 30,
  "purge-tentatives-connexion": 30,
  "purge-sessions-terminees": 30,
  "purge-limites": 30,
};
import { HANDLERS } from "./handlers";

/**
 * Jobs fetched at once per poll. pg-boss waits out the polling interval after every fetch, even a
 * full one: one job per poll capped confirmations at one every 2 s per instance, far behind a
 * deadline night's ENREGISTRER (npm run bench drained 500 of them at ~35 a minute). A batch is
 * worked one job after the other; the next fetch comes as soon as it is done.
 */
const BATCH_SIZE: Partial<Record<JobName, number>> = {
  courriel: 20,
  "demande-lien-activation": 10,
  "demande-reinitialisation": 10,
  "confirmation-pdf": 10,
};

/**
 * Works a batch one job at a time. A job that throws is failed on its own (`fail`: pg-boss
 * retries it later) and the others go on: pg-boss then completes only the jobs still active, so
 * a mail already sent is never sent again because its neighbour failed.
 */
export async function workBatch<J extends { id: string }>(jobs: J[], handler: (job: J) => Promise<unknown>, fail: (job: J, error: unknown) => Promise<void>): Promise<void> {
  for (const job of jobs) {
    try {
      await handler(job);
    } catch (error) {
      await fail(job, error);
    }
  }
}

/**
 * Starts this process's worker: every queue is polled (mail and requests each second, the
 * purges every 30 s; at once when this process queues a job), and the purges are scheduled in
 * Paris time. pg-boss lets several instances work the same queues: each job runs on one of them.
 */
export async function startJobWorker(): Promise<void> {
  const boss = await getBoss();
  for (const name of JOB_NAMES) {
    const handler = HANDLERS[name];
    const id = await boss.work(name, { batchSize: BATCH_SIZE[name] ?? 1, pollingIntervalSeconds: POLLING_SECONDS[name] }, async (jobs: PgBoss.Job<object>[]) => {
      if (jobs.length === 1) return handler(jobs[0]!);
      await workBatch(jobs, handler, async (job, error) => {
        console.error(`Tâche ${name} ${job.id} en échec :`, error);
        await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
      });
    });
    registerWorkerId(name, id);
  }
  for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron, {}, { tz: "Europe/Paris" });
}
