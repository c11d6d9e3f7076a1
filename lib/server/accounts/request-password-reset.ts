import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { activationMail, passwordResetMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { queueAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

/**
 * "Mot de passe oublié" [issue 3 §4]: a single-use link valid one hour. Runs in the job queue
 * (demande-reinitialisation), so the public form answers the same, in the same time, whether the
 * address has an account or not. An account not activated yet gets a new activation link instead
 * (its owner still needs that first).
 */
export async function requestPasswordReset(email: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ queued: "reinitialisation" | "activation" | null }> {
  const client = db ?? (await getDb());
  const emailNormalized = normalizeEmail(email);
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  const account = await client.account.findUnique({ where: { emailNormalized }, select: { id: true, email: true, prenoms: true, role: true, activatedAt: true, disabledAt: true } });
  if (!account || account.disabledAt) return { queued: null };

  if (!account.activatedAt) {
    if (account.role !== "CANDIDAT") return { queued: null };
    const status = await client.$transaction(async (tx) => {
      const token = await issueToken(tx, { accountId: account.id, kind: "ACTIVATION", now });
      return queueAccountMail(tx, {
        accountId: account.id,
        kind: "activation",
        now,
        message: activationMail({ to: account.email, prenoms: account.prenoms, token: token.token, expiresAt: token.expiresAt }),
      });
    });
    return { queued: status === "en_file" ? "activation" : null };
  }

  const status = await client.$transaction(async (tx) => {
    const token = await issueToken(tx, { accountId: account.id, kind: "PASSWORD_RESET", now });
    await recordAuditEvent(tx, { action: "mot_de_passe.reinitialisation_demandee", entityType: "Account", entityId: account.id, ip, at: now });
    return queueAccountMail(tx, { accountId: account.id, kind: "reinitialisation", now, message: passwordResetMail({ to: account.email, token: token.token, expiresAt: token.expiresAt }) });
  });
  return { queued: status === "en_file" ? "reinitialisation" : null };
}
