import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db";
import { lots, type OperationType } from "@/lib/domain/gestion/operations";
import { sendJob } from "@/lib/jobs/boss";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "./scope";

/**
 * Records a bulk operation on exactly these candidatures (ids taken at launch, in the list's
 * order) and queues its lots, in the caller's transaction: the jobs exist if and only if the
 * operation does. Audited as launched, with its target. Refused while an unfinished operation of
 * the same type on the same target (the same filters, whatever their sort) exists in the académie:
 * a form posted twice (no JavaScript, a double click) or two managers at once would otherwise send
 * every candidate two letters.
 */
export async function creerOperation(
  tx: Tx,
  { scope, actor }: { scope: Scope; actor: AuditActor },
  { type, message, filtres, candidatureIds }: { type: OperationType; message: string; filtres: Prisma.InputJsonValue; candidatureIds: string[] },
  now: Date,
): Promise<{ ok: true; id: string } | { ok: false; code: "DEJA_EN_COURS"; operationId: string }> {
  // One launch at a time per académie and type, up to the commit: the second sees the first.
  await tx.$queryRaw`SELECT 1 AS "ok" FROM (SELECT pg_advisory_xact_lock(hashtext(${`operation-groupee:${scope.academieId}:${type}`}))) AS l`;
  const [enCours] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "OperationGroupee"
    WHERE "academieId" = ${scope.academieId} AND "type" = ${type}::"OperationType" AND "termineAt" IS NULL
      AND ("filtres" - 'tri') = (${JSON.stringify(filtres)}::jsonb - 'tri')
    ORDER BY "createdAt" DESC LIMIT 1`;
  if (enCours) return { ok: false, code: "DEJA_EN_COURS", operationId: enCours.id };
  const op = await tx.operationGroupee.create({
    data: { academieId: scope.academieId, type, createdById: scope.accountId, filtres, message, candidatureIds, total: candidatureIds.length, createdAt: now },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "operation.lancee",
    entityType: "OperationGroupee",
    entityId: op.id,
    academieId: scope.academieId,
    after: { type, message, filtres, total: candidatureIds.length },
    at: now,
  });
  for (const lot of lots(candidatureIds)) await sendJob("operation-groupee", { operationId: op.id, candidatureIds: lot, at: now.toISOString() }, { tx });
  return { ok: true, id: op.id };
}
