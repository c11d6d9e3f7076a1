// Server-side sessions (AuthSession rows): 30 minutes without activity or 12 hours after sign-in
// end them, as does sign-out, a password reset or disabling the account.
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most this often (a write per request would be wasted on deadline night). */
export const SESSION_TOUCH_MS = 60_000;

export type AuthSessionState = "active" | "inactive" | "expiree" | "revoquee";

export type AuthSessionFacts = {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  /** The account's sessionVersion matches the one in the cookie, and the account is active. */
  accountValid: boolean;
};

export function authSessionState(s: AuthSessionFacts, now: Date): AuthSessionState {
  const t = now.getTime();
  if (s.revokedAt || !s.accountValid) return "revoquee";
  if (t >= s.expiresAt.getTime()) return "expiree";
  if (t - s.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "inactive";
  return "active";
}

export function sessionExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_MS);
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
