import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { verifyPassword } from "@/lib/server/auth/password";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { emailChangeMail, emailTakenMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

export type ChangeEmailRefusal = "mot_de_passe_actuel" | "meme_adresse";

/**
 * "Mon compte" → new address [issue 3 §5]: nothing changes until the link sent to the new address
 * is followed. The current password is asked because the address is how a password is recovered.
 * An address already in use gets the same answer here; its owner is told by mail.
 */
export async function changeEmail(
  { actor, email, currentPassword }: { actor: AuditActor; email: string; currentPassword: string },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ ok: true } | { ok: false; code: ChangeEmailRefusal } | { ok: false; code: "limite"; message: string }> {
  const client = db ?? (await getDb());
  // Counted before the current password is checked: it is what an attacker at an open session guesses.
  const refusal = await rateLimitRefusal([
    { rule: "changement-adresse:compte", key: actor.id },
    { rule: "changement-adresse:ip", key: ip },
  ]);
  if (refusal) return { ok: false, code: "limite", message: refusal };
  const account = await client.account.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, emailNormalized: true, passwordHash: true } });
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
    await recordAuditEvent(client, { actor, action: "adresse.modification_refusee", entityType: "Account", entityId: account.id, ip, at: now });
    return { ok: false, code: "mot_de_passe_actuel" };
  }
  const emailNormalized = normalizeEmail(email);
  if (emailNormalized === account.emailNormalized) return { ok: false, code: "meme_adresse" };

  const other = await client.account.findUnique({ where: { emailNormalized }, select: { id: true, email: true } });
  await recordAuditEvent(client, { actor, action: "adresse.modification_demandee", entityType: "Account", entityId: account.id, after: { email }, ip, at: now });
  if (other) {
    await queueAccountMail(client, { accountId: other.id, kind: "adresse_deja_utilisee", now, message: emailTakenMail({ to: other.email }) });
    return { ok: true };
  }
  const token = await issueToken(client, { accountId: account.id, kind: "EMAIL_CHANGE", now, newEmail: email });
  await queueAccountMail(client, { accountId: account.id, kind: "changement_adresse", now, message: emailChangeMail({ to: email, token: token.token, expiresAt: token.expiresAt }) });
  return { ok: true };
}
