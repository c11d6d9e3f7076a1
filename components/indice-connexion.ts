"use client";

import { useSyncExternalStore } from "react";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/cache/pages-publiques";

const noSubscription = () => () => {};
const signedInHint = () => document.cookie.split("; ").some((c) => c.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));

/**
 * On the pages served from the cache (the same HTML for everyone): whether the proxy's hint
 * cookie says a session cookie is held. False on the server and until hydration; never a proof
 * of anything (the pages it links to check the session themselves).
 */
export function useIndiceConnexion(): boolean {
  return useSyncExternalStore(noSubscription, signedInHint, () => false);
}
