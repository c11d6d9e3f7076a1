import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { auth, SESSION_COOKIE_PATTERN } from "@/lib/auth";
import { now } from "@/lib/clock";
import { validateAuthSession, type SessionAccount } from "./validate-auth-session";

export type { SessionAccount } from "./validate-auth-session";

/** Whether the browser sent a session cookie at all (an anonymous visit costs no decoding, no query). */
export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((c) => SESSION_COOKIE_PATTERN.test(c.name));
}

/** The signed-in account for this request, checked against its AuthSession row; once per request. */
export const getCurrentAccount = cache(async (): Promise<SessionAccount | null> => {
  if (!(await hasSessionCookie())) return null;
  const session = await auth();
  if (!session?.sid || typeof session.sv !== "number") return null;
  return validateAuthSession({ sid: session.sid, sv: session.sv }, { now: await now() });
});
