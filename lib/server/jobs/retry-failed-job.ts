import "server-only";
import { getDb } from "@/lib/db";
import { wakeWorker } from "@/lib/jobs/boss";
import { JOB_SCHEMA, type JobName } from "@/lib/jobs/definitions";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";

/** A failed job gets one more attempt, now; false when it is not (or no longer) failed. Audited. */
export async function retryFailedJob({ actor, name, id }: { actor: AuditActor; name: JobName; id: string }, { now }: { now: Date }): Promise<boolean> {
  const db = await getDb();
  const retried = await db.$transaction(async (tx) => {
    const count = await tx.$executeRawUnsafe(
      `UPDATE ${JOB_SCHEMA}.job SET state = 'retry', retry_limit = retry_count + 1, start_after = now() WHERE name = $1 AND id = $2::uuid AND state = 'failed'`,
      name,
      id,
    );
    if (count !== 1) return false;
    await recordAuditEvent(tx, { actor, action: "tache.relancee", entityType: "Job", entityId: id, after: { name }, at: now });
    return true;
  });
  if (retried) wakeWorker(name);
  return retried;
}
