import "server-only";
import type { Role } from "@prisma/client";
import { notFound, redirect } from "next/navigation";
import { canManageAcademie } from "@/lib/domain/account/roles";
import { getCurrentAccount, hasSessionCookie, type SessionAccount } from "./current-account";

// One set of guards for every page, server action and route handler (STYLE.md: authorise on the
// server, whatever the proxy did). Signed out → /connexion (a 303 for a form POST). Signed in with
// the wrong role → notFound(): a 404, so the staff area does not even show that it exists.

async function signedInOrRedirect(): Promise<SessionAccount> {
  const account = await getCurrentAccount();
  if (account) return account;
  // A cookie that no longer opens a session: idle, too old, ended elsewhere.
  redirect((await hasSessionCookie()) ? "/connexion?session=expiree" : "/connexion");
}

/** Any signed-in account (Mon compte). */
export async function requireAccount(): Promise<SessionAccount> {
  return signedInOrRedirect();
}

export async function requireRole(...roles: Role[]): Promise<SessionAccount> {
  const account = await signedInOrRedirect();
  if (!roles.includes(account.role)) notFound();
  return account;
}

export async function requireCandidate(): Promise<SessionAccount> {
  return requireRole("CANDIDAT");
}

/** Any staff role. */
export async function requireStaff(): Promise<SessionAccount> {
  return requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL");
}

/** A gestionnaire or admin of that académie, or a national admin. */
export async function requireManager(academieId: string): Promise<SessionAccount> {
  const account = await requireStaff();
  if (!canManageAcademie(account, academieId)) notFound();
  return account;
}
