import "server-only";
import { getDb, type Db } from "@/lib/db";
import { calendarDateToUtc } from "@/lib/domain/account/birth-date";
import { normalizeEmail } from "@/lib/domain/account/email";
import type { CreateAccountInput } from "@/lib/domain/account/schemas";
import { hashPassword } from "@/lib/server/auth/password";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { accountExistsMail, activationMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { sendAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

export type CreateAccountOutcome =
  /** A new account, activation mail sent. */
  | "cree"
  /** An unactivated account had this address: it now holds what was just typed, and a new link went out. */
  | "remplace"
  /** The address belongs to an account: its owner is told by mail. */
  | "adresse_existante";

/**
 * Self sign-up of a candidate [issue 3 §1]. Whatever the outcome, the person is told the same
 * thing ("check your mailbox"): whether an address has an account is only ever said to its owner.
 */
export async function createAccount(
  input: CreateAccountInput,
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ outcome: CreateAccountOutcome; accountId: string }> {
  const client = db ?? (await getDb());
  await purgeExpiredAccounts({ now, db: client });
  const emailNormalized = normalizeEmail(input.email);
  // Hashed before looking the address up, so every outcome costs the same time.
  const passwordHash = await hashPassword(input.password);
  const identity = {
    email: input.email,
    civilite: input.civilite,
    nomNaissance: input.nomNaissance,
    nomUsage: input.nomUsage,
    prenoms: input.prenoms,
    dateNaissance: calendarDateToUtc(input.dateNaissance),
    paysNaissance: input.paysNaissance,
    passwordHash,
    passwordChangedAt: now,
  };

  let result: { outcome: CreateAccountOutcome; accountId: string; token?: { token: string; expiresAt: Date } };
  try {
    result = await client.$transaction(async (tx) => {
      const existing = await tx.account.findUnique({ where: { emailNormalized }, select: { id: true, role: true, activatedAt: true } });
      if (existing && (existing.activatedAt || existing.role !== "CANDIDAT")) {
        await recordAuditEvent(tx, { action: "compte.creation_adresse_existante", entityType: "Account", entityId: existing.id, ip, at: now });
        return { outcome: "adresse_existante" as const, accountId: existing.id };
      }
      if (existing) {
        // Only the mailbox owner can activate, so the latest registration wins: a typo fixed, a
        // forgotten first password. Earlier links die with the data they were sent for.
        await tx.accountToken.deleteMany({ where: { accountId: existing.id, kind: "ACTIVATION" } });
        await tx.account.update({ where: { id: existing.id }, data: identity });
        const token = await issueToken(tx, { accountId: existing.id, kind: "ACTIVATION", now });
        await recordAuditEvent(tx, { action: "compte.creation_remplacee", entityType: "Account", entityId: existing.id, ip, at: now });
        return { outcome: "remplace" as const, accountId: existing.id, token };
      }
      const account = await tx.account.create({ data: { ...identity, emailNormalized, role: "CANDIDAT", createdAt: now }, select: { id: true } });
      const token = await issueToken(tx, { accountId: account.id, kind: "ACTIVATION", now });
      await recordAuditEvent(tx, { action: "compte.cree", entityType: "Account", entityId: account.id, ip, at: now });
      return { outcome: "cree" as const, accountId: account.id, token };
    });
  } catch (error) {
    // Two submissions of the same address at once: the other one created the account.
    if (isUniqueViolation(error)) {
      const other = await client.account.findUniqueOrThrow({ where: { emailNormalized }, select: { id: true } });
      return { outcome: "adresse_existante", accountId: other.id };
    }
    throw error;
  }

  if (result.token) {
    await sendAccountMail(client, {
      accountId: result.accountId,
      kind: "activation",
      now,
      message: activationMail({ to: input.email, prenoms: input.prenoms, token: result.token.token, expiresAt: result.token.expiresAt }),
    });
  } else {
    const owner = await client.account.findUniqueOrThrow({ where: { id: result.accountId }, select: { email: true } });
    await sendAccountMail(client, { accountId: result.accountId, kind: "compte_existant", now, message: accountExistsMail({ to: owner.email }) });
  }
  return { outcome: result.outcome, accountId: result.accountId };
}
