import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { activationMail, passwordResetMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { sendAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

/**
 * "Mot de passe oublié" [issue 3 §4]: a single-use link valid one hour. The answer is the same
 * whether the address has an account or not. An account not activated yet gets a new activation
 * link instead (its owner still needs that first).
 */
export async function requestPasswordReset(email: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ sent: "reinitialisation" | "activation" | null }> {
  const client = db ?? (await getDb());
  const emailNormalized = normalizeEmail(email);
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  const account = await client.account.findUnique({ where: { emailNormalized }, select: { id: true, email: true, prenoms: true, role: true, activatedAt: true, disabledAt: true } });
  if (!account || account.disabledAt) return { sent: null };

  if (!account.activatedAt) {
    if (account.role !== "CANDIDAT") return { sent: null };
    const token = await issueToken(client, { accountId: account.id, kind: "ACTIVATION", now });
    const status = await sendAccountMail(client, {
      accountId: account.id,
      kind: "activation",
      now,
      message: activationMail({ to: account.email, prenoms: account.prenoms, token: token.token, expiresAt: token.expiresAt }),
    });
    return { sent: status === "envoye" ? "activation" : null };
  }

  const token = await issueToken(client, { accountId: account.id, kind: "PASSWORD_RESET", now });
  await recordAuditEvent(client, { action: "mot_de_passe.reinitialisation_demandee", entityType: "Account", entityId: account.id, ip, at: now });
  const status = await sendAccountMail(client, {
    accountId: account.id,
    kind: "reinitialisation",
    now,
    message: passwordResetMail({ to: account.email, token: token.token, expiresAt: token.expiresAt }),
  });
  return { sent: status === "envoye" ? "reinitialisation" : null };
}
