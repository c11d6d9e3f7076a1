import "server-only";
import { getDb, type Db } from "@/lib/db";
import { TOKEN_LIFETIME_MS } from "@/lib/domain/account/tokens";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

// "Vous avez 48h pour cliquer sur le lien « Activer mon compte », sinon votre compte sera
// supprimé" [C:NI, C:AX22]. An unactivated candidate account goes once it is 48 hours old and no
// activation link of it is still valid (a new link asked for in time keeps it 48 more hours).
// Run on access (account creation, sign-in, links) and by `npm run accounts:purge`.

export async function purgeExpiredAccounts({ now, db, emailNormalized }: { now: Date; db?: Db; emailNormalized?: string }): Promise<number> {
  const client = db ?? (await getDb());
  const expired = await client.account.findMany({
    where: {
      ...(emailNormalized !== undefined ? { emailNormalized } : {}),
      role: "CANDIDAT",
      activatedAt: null,
      createdAt: { lte: new Date(now.getTime() - TOKEN_LIFETIME_MS.ACTIVATION) },
      tokens: { none: { kind: "ACTIVATION", usedAt: null, expiresAt: { gt: now } } },
      candidatures: { none: {} },
    },
    select: { id: true },
    take: 1000,
  });
  if (expired.length === 0) return 0;
  const ids = expired.map((a) => a.id);
  return client.$transaction(async (tx) => {
    // Re-checked inside the transaction: an activation in between keeps the account.
    const { count } = await tx.account.deleteMany({ where: { id: { in: ids }, activatedAt: null } });
    for (const id of ids) {
      await recordAuditEvent(tx, { action: "compte.supprime_non_active", entityType: "Account", entityId: id, at: now });
    }
    return count;
  });
}
