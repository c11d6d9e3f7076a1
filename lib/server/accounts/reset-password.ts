import "server-only";
import { getDb, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { passwordChangedMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";
import { consumeToken, findToken } from "./token";

export type ResetOutcome = "modifie" | "expire" | "utilise" | "inconnu";

/**
 * A new password from a reset link: the link is used up, and every open session of the account
 * ends (the session version changes and each session row is revoked).
 */
export async function resetPassword(
  { token, password }: { token: string; password: string },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ outcome: ResetOutcome }> {
  const client = db ?? (await getDb());
  // The link is checked before anything is hashed: a junk or dead token costs one indexed lookup.
  const before = await findToken(client, token, "PASSWORD_RESET", now);
  if (before.state !== "valide") return { outcome: before.state };
  const passwordHash = await hashPassword(password);
  const result = await client.$transaction(async (tx) => {
    const found = await findToken(tx, token, "PASSWORD_RESET", now);
    if (found.state !== "valide") return { outcome: found.state };
    if (!(await consumeToken(tx, found.token, now))) return { outcome: "utilise" as const };
    const account = await tx.account.update({
      where: { id: found.token.accountId },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, role: true, academieId: true },
    });
    await tx.authSession.updateMany({ where: { accountId: account.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, { action: "mot_de_passe.reinitialise", entityType: "Account", entityId: account.id, academieId: account.academieId, ip, at: now });
    await queueAccountMail(tx, { accountId: account.id, kind: "mot_de_passe_modifie", now, message: passwordChangedMail({ to: account.email, at: now }) });
    return { outcome: "modifie" as const };
  });
  return { outcome: result.outcome };
}
