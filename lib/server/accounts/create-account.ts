import "server-only";
import { getDb, type Db } from "@/lib/db";
import { calendarDateToUtc } from "@/lib/domain/account/birth-date";
import { normalizeEmail } from "@/lib/domain/account/email";
import type { CreateAccountInput } from "@/lib/domain/account/schemas";
import { hashPassword } from "@/lib/server/auth/password";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { accountExistsMail, activationMail } from "./mails";
import { purgeExpiredAccounts } from "./purge-expired-accounts";
import { queueAccountMail } from "./send-account-mail";
import { issueToken } from "./token";

export type CreateAccountOutcome =
  /** A new account, activation mail queued. */
  | "cree"
  /**
   * An unactivated account already has this address: nothing of it changes (neither identity nor
   * password), and its owner gets a new link to the account as they created it.
   */
  | "en_attente"
  /** The address belongs to an activated account or a staff member: its owner is told by mail. */
  | "adresse_existante";

/**
 * Self sign-up of a candidate [issue 3 §1, issue 7 §1]. Whatever the outcome, the person is told the
 * same thing ("check your mailbox"): whether an address has an account is only ever said to its
 * owner, and a second sign-up on a pending address can never take that account over.
 */
export async function createAccount(
  input: CreateAccountInput,
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ outcome: CreateAccountOutcome; accountId: string } | { outcome: "limite"; message: string }> {
  const client = db ?? (await getDb());
  // Before anything costly or stored: a refused request leaves no trace but its counter.
  const refusal = await rateLimitRefusal([
    { rule: "creation-compte:ip", key: ip },
    { rule: "creation-compte:adresse", key: input.email },
  ]);
  if (refusal) return { outcome: "limite", message: refusal };
  const emailNormalized = normalizeEmail(input.email);
  // A pending account of this address whose 48 hours are over is gone: the address is free again.
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  // Hashed before looking the address up, so every outcome costs the same time.
  const passwordHash = await hashPassword(input.password);

  try {
    return await client.$transaction(async (tx) => {
      const existing = await tx.account.findUnique({
        where: { emailNormalized },
        select: { id: true, email: true, prenoms: true, role: true, activatedAt: true },
      });
      if (existing && (existing.activatedAt || existing.role !== "CANDIDAT")) {
        await recordAuditEvent(tx, { action: "compte.creation_adresse_existante", entityType: "Account", entityId: existing.id, ip, at: now });
        await queueAccountMail(tx, { accountId: existing.id, kind: "compte_existant", now, message: accountExistsMail({ to: existing.email }) });
        return { outcome: "adresse_existante" as const, accountId: existing.id };
      }
      if (existing) {
        // Only the mailbox's owner can activate, but anyone can type an address: what the owner
        // typed stands, and the new link opens the account exactly as they created it.
        const token = await issueToken(tx, { accountId: existing.id, kind: "ACTIVATION", now });
        await recordAuditEvent(tx, { action: "compte.creation_en_attente", entityType: "Account", entityId: existing.id, ip, at: now });
        await queueAccountMail(tx, {
          accountId: existing.id,
          kind: "activation",
          now,
          message: activationMail({ to: existing.email, prenoms: existing.prenoms, token: token.token, expiresAt: token.expiresAt }),
        });
        return { outcome: "en_attente" as const, accountId: existing.id };
      }
      const account = await tx.account.create({
        data: {
          email: input.email,
          emailNormalized,
          civilite: input.civilite,
          nomNaissance: input.nomNaissance,
          nomUsage: input.nomUsage,
          prenoms: input.prenoms,
          dateNaissance: calendarDateToUtc(input.dateNaissance),
          paysNaissance: input.paysNaissance,
          passwordHash,
          passwordChangedAt: now,
          role: "CANDIDAT",
          createdAt: now,
        },
        select: { id: true },
      });
      const token = await issueToken(tx, { accountId: account.id, kind: "ACTIVATION", now });
      await recordAuditEvent(tx, { action: "compte.cree", entityType: "Account", entityId: account.id, ip, at: now });
      await queueAccountMail(tx, {
        accountId: account.id,
        kind: "activation",
        now,
        message: activationMail({ to: input.email, prenoms: input.prenoms, token: token.token, expiresAt: token.expiresAt }),
      });
      return { outcome: "cree" as const, accountId: account.id };
    });
  } catch (error) {
    // Two submissions of the same address at once: the other one created the account, and its
    // owner was mailed by that submission; this one changes nothing.
    if (isUniqueViolation(error)) {
      const other = await client.account.findUniqueOrThrow({ where: { emailNormalized }, select: { id: true } });
      return { outcome: "en_attente", accountId: other.id };
    }
    throw error;
  }
}
