import PgBoss from "pg-boss";
import type { SqlRunner } from "../migrations";
import { JOB_NAMES, JOB_SCHEMA, JOBS } from "./definitions";

// pg-boss's tables and the portal's queues are created with the migrations (same lock, same
// moment), so that any process can enqueue without starting a worker, even inside a transaction.

export async function installJobQueue(runner: SqlRunner): Promise<void> {
  const [row] = await runner.query<{ installed: boolean }>(`SELECT to_regclass('${JOB_SCHEMA}.version') IS NOT NULL AS installed`);
  if (!row?.installed) {
    await runner.exec(PgBoss.getConstructionPlans(JOB_SCHEMA));
  }
  // A newer pg-boss upgrades its own schema when its worker starts (migrate: true).
  for (const name of JOB_NAMES) {
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = JOBS[name];
    const options = { policy: "standard", retryLimit, retryDelay, retryBackoff, expireInSeconds };
    const existing = await runner.query(`SELECT 1 FROM ${JOB_SCHEMA}.queue WHERE name = $1`, [name]);
    if (existing.length === 0) await runner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [name, JSON.stringify(options)]);
    else
      await runner.query(
        `UPDATE ${JOB_SCHEMA}.queue SET retry_limit = $2, retry_delay = $3, retry_backoff = $4, expire_seconds = $5, updated_on = now() WHERE name = $1`,
        [name, retryLimit, retryDelay, retryBackoff, expireInSeconds],
      );
  }
}
