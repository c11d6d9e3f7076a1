"use server";

import { signOut } from "@/lib/auth";
import { now } from "@/lib/clock";
import { endAuthSession } from "@/lib/server/auth/end-auth-session";
import { getCurrentAccount } from "@/lib/server/auth/current-account";
import { requestInfo } from "@/lib/server/auth/request-info";

/** "Se déconnecter": the server-side session ends first, then the cookie goes. Harmless when signed out. */
export async function seDeconnecter(): Promise<void> {
  const account = await getCurrentAccount();
  if (account) {
    const { ip } = await requestInfo();
    await endAuthSession(account.authSessionId, { now: await now(), ip });
  }
  await signOut({ redirectTo: "/connexion?deconnexion=1" });
}
