import "server-only";
import type { Civilite, Role } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { authSessionState, shouldTouch } from "@/lib/domain/account/auth-session";

export type SessionAccount = {
  id: string;
  email: string;
  role: Role;
  academieId: string | null;
  civilite: Civilite | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  authSessionId: string;
};

/** The session's row joined to its account's. */
type Ligne = Omit<SessionAccount, "authSessionId"> & {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  sessionVersion: number;
  activatedAt: Date | null;
  disabledAt: Date | null;
};

/**
 * The account behind a session cookie, or null when its AuthSession is revoked (sign-out, password
 * reset), idle for 30 minutes, 12 hours old, or the account changed its session version or was
 * disabled. Called on every request that needs to know who is there.
 */
export async function validateAuthSession({ sid, sv }: { sid: string; sv: number }, { now, db }: { now: Date; db?: Db }): Promise<SessionAccount | null> {
  const client = db ?? (await getDb());
  // One statement (every signed-in request runs it): the session and its account joined.
  const [ligne] = await client.$queryRaw<Ligne[]>`
    SELECT s."lastSeenAt", s."expiresAt", s."revokedAt",
      a."id", a."email", a."role"::text AS "role", a."academieId", a."civilite"::text AS "civilite", a."nomNaissance", a."nomUsage", a."prenoms",
      a."sessionVersion", a."activatedAt", a."disabledAt"
    FROM "AuthSession" s JOIN "Account" a ON a."id" = s."accountId"
    WHERE s."id" = ${sid}`;
  const row = ligne ? { lastSeenAt: ligne.lastSeenAt, expiresAt: ligne.expiresAt, revokedAt: ligne.revokedAt, account: ligne } : null;
  if (!row) return null;
  const { account } = row;
  const accountValid = account.sessionVersion === sv && account.activatedAt !== null && account.disabledAt === null;
  if (authSessionState({ ...row, accountValid }, now) !== "active") return null;
  if (shouldTouch(row.lastSeenAt, now)) {
    // Only forward: a test clock set in the past must not shorten the session of another browser.
    await client.authSession.updateMany({ where: { id: sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    academieId: account.academieId,
    civilite: account.civilite,
    nomNaissance: account.nomNaissance,
    nomUsage: account.nomUsage,
    prenoms: account.prenoms,
    authSessionId: sid,
  };
}
