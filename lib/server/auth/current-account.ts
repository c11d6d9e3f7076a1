import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIE_PATTERN } from "@/lib/auth-cookie";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { lireJetonSession } from "./jeton-session";
import { validateAuthSession, type SessionAccount } from "./validate-auth-session";

export type { SessionAccount } from "./validate-auth-session";

/** Whether the browser sent a session cookie at all (an anonymous visit costs no decoding, no query). */
export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((c) => SESSION_COOKIE_PATTERN.test(c.name));
}

/** The signed-in account for this request, checked against its AuthSession row; once per request. */
export const getCurrentAccount = cache(async (): Promise<SessionAccount | null> => {
  const jar = (await cookies()).getAll();
  if (!jar.some((c) => SESSION_COOKIE_PATTERN.test(c.name))) return null;
  const { AUTH_SECRET, APP_URL } = env();
  if (!AUTH_SECRET) return null;
  // Read here rather than by auth(), which refreshes the cookie on every call (./jeton-session.ts).
  const jeton = await lireJetonSession(jar, { secret: AUTH_SECRET, secure: APP_URL.startsWith("https://") });
  return jeton ? validateAuthSession(jeton, { now: await now() }) : null;
});
