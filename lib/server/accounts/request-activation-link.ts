import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { activationMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { sendAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

/**
 * "Recevoir un nouveau lien d'activation": a fresh 48-hour link for an unactivated candidate
 * account that still exists. The answer is the same for any address (no account enumeration).
 */
export async function requestActivationLink(email: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ sent: boolean }> {
  const client = db ?? (await getDb());
  const emailNormalized = normalizeEmail(email);
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  const account = await client.account.findUnique({ where: { emailNormalized }, select: { id: true, email: true, prenoms: true, role: true, activatedAt: true } });
  if (!account || account.activatedAt || account.role !== "CANDIDAT") return { sent: false };
  const token = await issueToken(client, { accountId: account.id, kind: "ACTIVATION", now });
  await recordAuditEvent(client, { action: "compte.nouveau_lien_activation", entityType: "Account", entityId: account.id, ip, at: now });
  const status = await sendAccountMail(client, {
    accountId: account.id,
    kind: "activation",
    now,
    message: activationMail({ to: account.email, prenoms: account.prenoms, token: token.token, expiresAt: token.expiresAt }),
  });
  return { sent: status === "envoye" };
}
