import "server-only";
import { getDb, type Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emailChangedMail } from "./mails";
import { queueAccountMail } from "./send-account-mail";
import { consumeToken, findToken } from "./token";

export type ConfirmEmailOutcome = "modifiee" | "adresse_prise" | "expire" | "utilise" | "inconnu";

/** The link sent to the new address: the account's address changes, and the old address is told. */
export async function confirmEmailChange(token: string, { now, ip, db }: { now: Date; ip?: string | null; db?: Db }): Promise<{ outcome: ConfirmEmailOutcome; email?: string }> {
  const client = db ?? (await getDb());
  let result: { outcome: ConfirmEmailOutcome; accountId?: string; before?: string; after?: string };
  try {
    result = await client.$transaction(async (tx) => {
      const found = await findToken(tx, token, "EMAIL_CHANGE", now);
      if (found.state !== "valide") return { outcome: found.state };
      const newEmail = found.token.newEmail;
      if (!newEmail) return { outcome: "inconnu" as const };
      const taken = await tx.account.findUnique({ where: { emailNormalized: normalizeEmail(newEmail) }, select: { id: true } });
      if (taken && taken.id !== found.token.accountId) return { outcome: "adresse_prise" as const };
      if (!(await consumeToken(tx, found.token, now))) return { outcome: "utilise" as const };
      const before = await tx.account.findUniqueOrThrow({ where: { id: found.token.accountId }, select: { email: true, academieId: true } });
      await tx.account.update({ where: { id: found.token.accountId }, data: { email: newEmail, emailNormalized: normalizeEmail(newEmail) } });
      await recordAuditEvent(tx, {
        action: "adresse.modifiee",
        entityType: "Account",
        entityId: found.token.accountId,
        before: { email: before.email },
        after: { email: newEmail },
        ip,
        at: now,
      });
      return { outcome: "modifiee" as const, accountId: found.token.accountId, before: before.email, after: newEmail };
    });
  } catch (error) {
    // Someone took the address between the request and the click.
    if (isUniqueViolation(error)) return { outcome: "adresse_prise" };
    throw error;
  }
  if (result.outcome === "modifiee" && result.accountId && result.before) {
    await queueAccountMail(client, { accountId: result.accountId, kind: "adresse_modifiee", now, message: emailChangedMail({ to: result.before, at: now }) });
  }
  return { outcome: result.outcome, ...(result.after ? { email: result.after } : {}) };
}
