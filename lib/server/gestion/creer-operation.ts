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
 * operation does. Audited as launched, with its target.
 */
export async function creerOperation(
  tx: Tx,
  { scope, actor }: { scope: Scope; actor: AuditActor },
  { type, message, filtres, candidatureIds }: { type: OperationType; message: string; filtres: Prisma.InputJsonValue; candidatureIds: string[] },
  now: Date,
): Promise<{ id: string }> {
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
  return op;
}
