import "server-only";
import type PgBoss from "pg-boss";
import { getBoss, registerWorkerId } from "./boss";
import { JOB_NAMES, SCHEDULES } from "./definitions";
import { HANDLERS } from "./handlers";

/**
 * Starts this process's worker: every queue is polled (mail each second, the rest every few
 * seconds, and at once when this process queues a job), and the purges are scheduled in Paris
 * time. pg-boss lets several instances work the same queues: each job runs on one of them.
 */
export async function startJobWorker(): Promise<void> {
  const boss = await getBoss();
  for (const name of JOB_NAMES) {
    const handler = HANDLERS[name];
    const id = await boss.work(name, { batchSize: 1, pollingIntervalSeconds: name === "courriel" ? 1 : 5 }, async (jobs: PgBoss.Job<object>[]) => {
      for (const job of jobs) await handler(job);
    });
    registerWorkerId(name, id);
  }
  for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron, {}, { tz: "Europe/Paris" });
}
