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

/**
 * The account behind a session cookie, or null when its AuthSession is revoked (sign-out, password
 * reset), idle for 30 minutes, 12 hours old, or the account changed its session version or was
 * disabled. Called on every request that needs to know who is there.
 */
export async function validateAuthSession({ sid, sv }: { sid: string; sv: number }, { now, db }: { now: Date; db?: Db }): Promise<SessionAccount | null> {
  const client = db ?? (await getDb());
  const row = await client.authSession.findUnique({
    where: { id: sid },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      account: {
        select: { id: true, email: true, role: true, academieId: true, civilite: true, nomNaissance: true, nomUsage: true, prenoms: true, sessionVersion: true, activatedAt: true, disabledAt: true },
      },
    },
  });
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
