import "server-only";
import { getDb, type Db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** "Se déconnecter": the session row is revoked, so the cookie is worthless even if kept. */
export async function endAuthSession(authSessionId: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<void> {
  const client = db ?? (await getDb());
  const session = await client.authSession.findUnique({ where: { id: authSessionId }, select: { accountId: true, revokedAt: true, account: { select: { role: true, academieId: true } } } });
  if (!session || session.revokedAt) return;
  await client.$transaction(async (tx) => {
    await tx.authSession.update({ where: { id: authSessionId }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      actor: { id: session.accountId, role: session.account.role, academieId: session.account.academieId },
      action: "deconnexion",
      entityType: "AuthSession",
      entityId: authSessionId,
      ip,
      at: now,
    });
  });
}
