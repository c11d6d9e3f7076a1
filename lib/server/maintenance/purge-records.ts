import "server-only";
import { getDb, type Db } from "@/lib/db";
import { KEEP_ENDED_SESSIONS_DAYS, KEEP_LOGIN_ATTEMPTS_DAYS } from "@/lib/jobs/definitions";

const DAY_MS = 24 * 3600_000;

/** Sign-in attempts older than the time they are kept for the record (the throttle needs 30 minutes). */
export async function purgeLoginAttempts({ now, db }: { now: Date; db?: Db }): Promise<number> {
  const client = db ?? (await getDb());
  const { count } = await client.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_DAYS * DAY_MS) } } });
  return count;
}

/** Server-side sessions ended (expired, idle or revoked) longer ago than they are kept. */
export async function purgeEndedSessions({ now, db }: { now: Date; db?: Db }): Promise<number> {
  const client = db ?? (await getDb());
  const before = new Date(now.getTime() - KEEP_ENDED_SESSIONS_DAYS * DAY_MS);
  const { count } = await client.authSession.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }, { lastSeenAt: { lt: before } }] } });
  return count;
}

/** Rate-limit counters whose window has ended. */
export async function purgeRateLimits({ now, db }: { now: Date; db?: Db }): Promise<number> {
  const client = db ?? (await getDb());
  const { count } = await client.rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } });
  return count;
}
