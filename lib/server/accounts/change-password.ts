import "server-only";
import { getDb, type Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { passwordChangedMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";

/** "Mon compte" → new password, the current one required. Other sessions end; this one stays. */
export async function changePassword(
  { actor, authSessionId, currentPassword, password }: { actor: AuditActor; authSessionId: string; currentPassword: string; password: string },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ ok: true } | { ok: false; code: "mot_de_passe_actuel" } | { ok: false; code: "limite"; message: string }> {
  const client = db ?? (await getDb());
  // Counted before the current password is checked: it is what an attacker at an open session guesses.
  const refusal = await rateLimitRefusal([
    { rule: "changement-mot-de-passe:compte", key: actor.id },
    { rule: "changement-mot-de-passe:ip", key: ip },
  ]);
  if (refusal) return { ok: false, code: "limite", message: refusal };
  const account = await client.account.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true } });
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
    await recordAuditEvent(client, { actor, action: "mot_de_passe.modification_refusee", entityType: "Account", entityId: account.id, ip, at: now });
    return { ok: false, code: "mot_de_passe_actuel" };
  }
  const passwordHash = await hashPassword(password);
  await client.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { passwordHash, passwordChangedAt: now } });
    await tx.authSession.updateMany({ where: { accountId: account.id, revokedAt: null, id: { not: authSessionId } }, data: { revokedAt: now } });
    await recordAuditEvent(tx, { actor, action: "mot_de_passe.modifie", entityType: "Account", entityId: account.id, ip, at: now });
    await queueAccountMail(tx, { accountId: account.id, kind: "mot_de_passe_modifie", now, message: passwordChangedMail({ to: account.email, at: now }) });
  });
  return { ok: true };
}
