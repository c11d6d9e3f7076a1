import "server-only";
import PgBoss from "pg-boss";
import { getDb } from "@/lib/db";
import { JOB_NAMES, JOB_SCHEMA, type JobName } from "./definitions";
import { HANDLERS } from "./handlers";

/**
 * Runs, in this process and now, every job that is due in the given queues, until none is left:
 * what the worker would do, without its polling. For tests and one-off commands.
 * Returns how many jobs completed and failed.
 */
export async function runPendingJobs(names: readonly JobName[] = JOB_NAMES): Promise<{ completed: number; failed: number }> {
  const client = await getDb();
  const db: PgBoss.Db = { executeSql: async (text, values) => ({ rows: await client.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }) };
  const boss = new PgBoss({ schema: JOB_SCHEMA, db });
  let completed = 0;
  let failed = 0;
  for (let found = true; found; ) {
    found = false;
    for (const name of names) {
      const [job] = await boss.fetch<object>(name, { batchSize: 1, db });
      if (!job) continue;
      found = true;
      try {
        const output = await HANDLERS[name](job);
        await boss.complete(name, job.id, (output ?? {}) as object, { db });
        completed += 1;
      } catch (error) {
        await boss.fail(name, job.id, { message: (error as Error).message }, { db });
        failed += 1;
      }
    }
  }
  return { completed, failed };
}
