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
 * Starts this process's worker: every queue is polled (mail and requests each second, the
 * purges every 30 s; at once when this process queues a job), and the purges are scheduled in
 * Paris time. pg-boss lets several instances work the same queues: each job runs on one of them.
 */
export async function startJobWorker(): Promise<void> {
  const boss = await getBoss();
  for (const name of JOB_NAMES) {
    const handler = HANDLERS[name];
    const id = await boss.work(name, { batchSize: 1, pollingIntervalSeconds: POLLING_SECONDS[name] }, async (jobs: PgBoss.Job<object>[]) => {
      for (const job of jobs) await handler(job);
    });
    registerWorkerId(name, id);
  }
  for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron, {}, { tz: "Europe/Paris" });
}
