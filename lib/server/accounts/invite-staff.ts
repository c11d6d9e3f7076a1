import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { academieNom, checkInvitation, type InvitationRefusal, type StaffRole } from "@/lib/domain/account/roles";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { invitationMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

export type InviteStaffInput = { role: StaffRole; academieId: string | null; email: string; nomNaissance: string; prenoms: string };
export type InviteRefusal = InvitationRefusal | "academie_inconnue" | "adresse_utilisee";

/**
 * Staff accounts exist only by invitation [issue 3 §6]: the account is created without a password,
 * and the invitation link (7 days) lets the person choose one. Inviting again an address whose
 * invitation is still pending, for the same role and académie, sends a fresh link.
 */
export async function inviteStaff(
  { actor, input }: { actor: AuditActor; input: InviteStaffInput },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ ok: true; renvoyee: boolean } | { ok: false; code: InviteRefusal }> {
  const client = db ?? (await getDb());
  const allowed = checkInvitation(actor, { role: input.role, academieId: input.academieId });
  if (!allowed.ok) return { ok: false, code: allowed.refusal };
  const academie = input.academieId ? await client.academie.findUnique({ where: { id: input.academieId }, select: { id: true, nom: true } }) : null;
  if (input.academieId && !academie) return { ok: false, code: "academie_inconnue" };

  const emailNormalized = normalizeEmail(input.email);
  const result = await client.$transaction(async (tx) => {
    const existing = await tx.account.findUnique({ where: { emailNormalized }, select: { id: true, role: true, academieId: true, activatedAt: true } });
    if (existing && (existing.activatedAt || existing.role !== input.role || existing.academieId !== input.academieId)) {
      return { ok: false as const, code: "adresse_utilisee" as const };
    }
    const account =
      existing ??
      (await tx.account.create({
        data: { email: input.email, emailNormalized, nomNaissance: input.nomNaissance, prenoms: input.prenoms, role: input.role, academieId: input.academieId, createdAt: now },
        select: { id: true },
      }));
    const token = await issueToken(tx, { accountId: account.id, kind: "INVITATION", now });
    await recordAuditEvent(tx, {
      actor,
      action: existing ? "personnel.invitation_renvoyee" : "personnel.invite",
      entityType: "Account",
      entityId: account.id,
      academieId: input.academieId,
      after: { role: input.role, academieId: input.academieId, email: input.email },
      ip,
      at: now,
    });
    return { ok: true as const, accountId: account.id, token, renvoyee: Boolean(existing) };
  });
  if (!result.ok) return result;

  await queueAccountMail(client, {
    accountId: result.accountId,
    kind: "invitation",
    now,
    message: invitationMail({
      to: input.email,
      prenoms: input.prenoms,
      role: input.role,
      academie: academie ? academieNom(academie.nom) : null,
      token: result.token.token,
      expiresAt: result.token.expiresAt,
    }),
  });
  return { ok: true, renvoyee: result.renvoyee };
}
