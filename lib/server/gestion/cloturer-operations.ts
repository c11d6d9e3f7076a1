import "server-only";
import type { Db } from "@/lib/db";
import { JOB_SCHEMA } from "@/lib/jobs/definitions";
import { ISSUES_OPERATION, lots } from "@/lib/domain/gestion/operations";

// The sweeper of bulk operations [issue 9 §6–7]: an operation whose lots are all over (completed,
// failed after their last attempt, expired, cancelled) but which still misses outcomes, because a
// job's last attempt expired or failed before it could record them, would stay « en cours »
// forever. Each missing candidature is recorded as failed (the summary lists it, its dossier can be
// taken up alone) and the operation ends. Run on a schedule (SCHEDULES in lib/jobs/definitions.ts).

/** Why a candidature failed when its lot never finished. */
export const RAISON_LOT_INTERROMPU = "LOT_INTERROMPU";

export async function cloturerOperations({ db, now }: { db: Db; now: Date }): Promise<{ operations: number; echecs: number }> {
  // Unfinished operations none of whose jobs is still waiting, retrying or running. A job is queued
  // in the transaction that creates its operation, so a visible operation has all its jobs.
  const ouvertes = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT o."id" FROM "OperationGroupee" o
     WHERE o."termineAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM ${JOB_SCHEMA}.job j WHERE j.name = 'operation-groupee' AND j.state < 'completed' AND j.data->>'operationId' = o."id")
     ORDER BY o."createdAt" LIMIT 100`,
  );
  let echecs = 0;
  for (const { id } of ouvertes) echecs += await cloturer(db, id, now);
  return { operations: ouvertes.length, echecs };
}

async function cloturer(db: Db, operationId: string, now: Date): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // The lots' own lock: no outcome is being recorded meanwhile.
      const [op] = await tx.$queryRaw<{ id: string; academieId: string; type: string; createdById: string; createdAt: Date; termineAt: Date | null }[]>`
        SELECT "id", "academieId", "type"::text AS "type", "createdById", "createdAt", "termineAt" FROM "OperationGroupee" WHERE "id" = ${operationId} FOR UPDATE`;
      if (!op || op.termineAt) return 0;
      // Checked again under the lock: a job retried by hand since is left to finish.
      const [enCours] = await tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job j WHERE j.name = 'operation-groupee' AND j.state < 'completed' AND j.data->>'operationId' = $1`,
        op.id,
      );
      if ((enCours?.n ?? 0) > 0) return 0;
      const manquants = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT x AS "id" FROM "OperationGroupee" o, unnest(o."candidatureIds") AS x
         WHERE o."id" = $1 AND NOT EXISTS (
           SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'Candidature' AND e."entityId" = x AND e."action" = ANY($2::text[]) AND e."after"->>'operationId' = o."id")`,
        op.id,
        Object.values(ISSUES_OPERATION),
      );
      const auteur = await tx.account.findUnique({ where: { id: op.createdById }, select: { id: true, role: true, academieId: true } });
      // Never before the launch: the trail stays in order.
      const at = new Date(Math.max(now.getTime(), op.createdAt.getTime()));
      // One audit row per candidature, as recordAuditEvent writes it, a thousand per statement.
      for (const lot of lots(manquants, 1000)) {
        await tx.auditEvent.createMany({
          data: lot.map(({ id }) => ({
            actorId: auteur?.id ?? null,
            actorRole: auteur?.role ?? null,
            academieId: op.academieId,
            action: ISSUES_OPERATION.echec,
            entityType: "Candidature",
            entityId: id,
            after: { operationId: op.id, type: op.type, raison: RAISON_LOT_INTERROMPU },
            at,
          })),
        });
      }
      await tx.$executeRaw`
        UPDATE "OperationGroupee" SET "traites" = "traites" + ${manquants.length}, "echecs" = "echecs" + ${manquants.length}, "termineAt" = ${at}
        WHERE "id" = ${op.id}`;
      return manquants.length;
    },
    { timeout: 120_000 },
  );
}
