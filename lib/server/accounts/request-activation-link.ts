import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { activationMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { queueAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

/**
 * "Recevoir un nouveau lien d'activation": a fresh 48-hour link for an unactivated candidate
 * account that still exists. Runs in the job queue (demande-lien-activation), so the public form
 * answers the same, in the same time, for any address.
 */
export async function requestActivationLink(email: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ queued: boolean }> {
  const client = db ?? (await getDb());
  const emailNormalized = normalizeEmail(email);
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  const account = await client.account.findUnique({ where: { emailNormalized }, select: { id: true, email: true, prenoms: true, role: true, activatedAt: true } });
  if (!account || account.activatedAt || account.role !== "CANDIDAT") return { queued: false };
  const status = await client.$transaction(async (tx) => {
    const token = await issueToken(tx, { accountId: account.id, kind: "ACTIVATION", now });
    await recordAuditEvent(tx, { action: "compte.nouveau_lien_activation", entityType: "Account", entityId: account.id, ip, at: now });
    return queueAccountMail(tx, {
      accountId: account.id,
      kind: "activation",
      now,
      message: activationMail({ to: account.email, prenoms: account.prenoms, token: token.token, expiresAt: token.expiresAt }),
    });
  });
  return { queued: status === "en_file" };
}
