import "server-only";
import { getDb, type Db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { consumeToken, findToken } from "./token";

export type ActivationOutcome = "active" | "deja_active" | "expire" | "inconnu";

/** "Activer mon compte" [C:NI]: a single-use link, valid 48 hours; after that the account is deleted. */
export async function activateAccount(token: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ outcome: ActivationOutcome }> {
  const client = db ?? (await getDb());
  const outcome = await client.$transaction(async (tx): Promise<ActivationOutcome | { expiredEmail: string }> => {
    const found = await findToken(tx, token, "ACTIVATION", now);
    if (found.state === "inconnu") return "inconnu";
    const account = await tx.account.findUnique({ where: { id: found.token.accountId }, select: { id: true, activatedAt: true, emailNormalized: true } });
    if (!account) return "inconnu";
    if (account.activatedAt) return "deja_active";
    if (found.state === "expire") return { expiredEmail: account.emailNormalized };
    // A used link of an account still unactivated was replaced by a newer registration.
    if (found.state === "utilise" || !(await consumeToken(tx, found.token, now))) return "inconnu";
    await tx.account.update({ where: { id: account.id }, data: { activatedAt: now } });
    await recordAuditEvent(tx, { action: "compte.active", entityType: "Account", entityId: account.id, ip, at: now });
    return "active";
  });
  if (typeof outcome === "object") {
    await purgeExpiredAccounts({ now, db: client, emailNormalized: outcome.expiredEmail });
    return { outcome: "expire" };
  }
  return { outcome };
}
