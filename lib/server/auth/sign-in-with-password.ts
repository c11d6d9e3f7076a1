import "server-only";
import { getDb, type Db } from "@/lib/db";
import { sessionExpiresAt } from "@/lib/domain/account/auth-session";
import { normalizeEmail } from "@/lib/domain/account/email";
import { combineDecisions, decideThrottle, SIGN_IN_THROTTLE_IP, throttleLookback, type ThrottleDecision } from "@/lib/domain/account/throttle";
import { purgeExpiredAccounts } from "@/lib/server/accounts/purge-expired-accounts";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword, verifyPassword } from "./password";

export type SignInRefusal =
  /** Unknown address or wrong password: one neutral answer. */
  | { code: "identifiants"; remaining: number }
  | { code: "verrouille"; until: Date }
  /** Right password, account not activated yet: the person is told why. */
  | { code: "non_active" }
  | { code: "desactive" };

export type SignInResult = { ok: true; accountId: string; authSessionId: string; sessionVersion: number } | ({ ok: false } & SignInRefusal);

// Verifying against this when the address has no account costs the same time as a real check.
let decoyHash: Promise<string> | undefined;

async function throttleFor(db: Db, emailNormalized: string, ip: string, now: Date, since: Date | null): Promise<ThrottleDecision> {
  const from = new Date(Math.min(throttleLookback(now).getTime(), throttleLookback(now, SIGN_IN_THROTTLE_IP).getTime()));
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.findMany({ where: { emailNormalized, at: { gte: from } }, select: { at: true, success: true } }),
    db.loginAttempt.findMany({ where: { ip, at: { gte: from } }, select: { at: true, success: true } }),
  ]);
  return combineDecisions(decideThrottle(byAccount, now, { resetOnSuccess: true, since }), decideThrottle(byIp, now, { resetOnSuccess: false }, SIGN_IN_THROTTLE_IP));
}

/**
 * E-mail and password sign-in [issue 3 §3]: throttled by address and by IP (10 failures in 15 minutes
 * lock 15 minutes), every failure recorded, a server-side session opened on success.
 */
export async function signInWithPassword(
  { email, password, ip, userAgent }: { email: string; password: string; ip: string; userAgent?: string | null },
  { now, db }: { now: Date; db?: Db },
): Promise<SignInResult> {
  const client = db ?? (await getDb());
  const emailNormalized = normalizeEmail(email);
  await purgeExpiredAccounts({ now, db: client, emailNormalized });
  const account = await client.account.findUnique({
    where: { emailNormalized },
    select: { id: true, passwordHash: true, activatedAt: true, disabledAt: true, sessionVersion: true, passwordChangedAt: true, role: true, academieId: true },
  });

  const before = await throttleFor(client, emailNormalized, ip, now, account?.passwordChangedAt ?? null);
  // Locked: refused without looking at the password, and not counted (the lock would never end).
  if (before.locked) return { ok: false, code: "verrouille", until: before.until };

  decoyHash ??= hashPassword("Leurre-de-verification-1!");
  let valid = false;
  if (account?.passwordHash) valid = await verifyPassword(account.passwordHash, password);
  else await verifyPassword(await decoyHash, password);

  if (!account || !valid) {
    await client.loginAttempt.create({ data: { emailNormalized, ip, success: false, at: now } });
    const after = await throttleFor(client, emailNormalized, ip, now, account?.passwordChangedAt ?? null);
    if (after.locked) {
      await recordAuditEvent(client, {
        action: "connexion.verrouillee",
        entityType: "Account",
        entityId: account?.id ?? null,
        after: { jusqua: after.until.toISOString() },
        ip,
        at: now,
      });
      return { ok: false, code: "verrouille", until: after.until };
    }
    return { ok: false, code: "identifiants", remaining: after.remaining };
  }
  if (!account.activatedAt) return { ok: false, code: "non_active" };
  if (account.disabledAt) return { ok: false, code: "desactive" };

  const session = await client.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { emailNormalized, ip, success: true, at: now } });
    return tx.authSession.create({
      data: { accountId: account.id, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiresAt(now), ip, userAgent: userAgent?.slice(0, 300) ?? null },
      select: { id: true },
    });
  });
  return { ok: true, accountId: account.id, authSessionId: session.id, sessionVersion: account.sessionVersion };
}
