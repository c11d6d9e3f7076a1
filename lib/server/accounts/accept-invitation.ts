import "server-only";
import { getDb, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { consumeToken, findToken } from "./token";

export type AcceptInvitationOutcome = "active" | "expire" | "utilise" | "inconnu";

/** A staff member chooses a password from the invitation link: the account is then active. */
export async function acceptInvitation(
  { token, password }: { token: string; password: string },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ outcome: AcceptInvitationOutcome }> {
  const client = db ?? (await getDb());
  // The link is checked before anything is hashed: a junk or dead token costs one indexed lookup.
  const before = await findToken(client, token, "INVITATION", now);
  if (before.state !== "valide") return { outcome: before.state };
  const passwordHash = await hashPassword(password);
  return client.$transaction(async (tx) => {
    const found = await findToken(tx, token, "INVITATION", now);
    if (found.state !== "valide") return { outcome: found.state };
    if (!(await consumeToken(tx, found.token, now))) return { outcome: "utilise" as const };
    const account = await tx.account.update({
      where: { id: found.token.accountId },
      data: { passwordHash, passwordChangedAt: now, activatedAt: now },
      select: { id: true, role: true, academieId: true },
    });
    await recordAuditEvent(tx, {
      actor: { id: account.id, role: account.role, academieId: account.academieId },
      action: "personnel.invitation_acceptee",
      entityType: "Account",
      entityId: account.id,
      ip,
      at: now,
    });
    return { outcome: "active" as const };
  });
}
