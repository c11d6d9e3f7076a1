import "server-only";
import { getDb, type Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { passwordChangedMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";

/** "Mon compte" → new password, the current one required. Other sessions end; this one stays. */
export async function changePassword(
  { actor, authSessionId, currentPassword, password }: { actor: AuditActor; authSessionId: string; currentPassword: string; password: string },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ ok: true } | { ok: false; code: "mot_de_passe_actuel" }> {
  const client = db ?? (await getDb());
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
