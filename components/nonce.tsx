"use client";

import { createContext, useContext, type ReactNode } from "react";

// The CSP nonce for the elements React renders that the policy checks, such as the <style> of
// components/candidature/champs.tsx: a <style> without it is refused (lib/security/csp.ts).

const NonceContext = createContext<string | undefined>(undefined);

/** Given this request's nonce by the root layout. */
export function NonceProvider({ nonce, children }: { nonce: string | undefined; children: ReactNode }) {
  return <NonceContext value={nonce}>{children}</NonceContext>;
}

/**
 * On the server, the request's nonce. In the browser, the nonce the document was loaded with:
 * its policy is the one that applies to every later insertion, while a later render from the
 * server (router.refresh(), an action's answer) carries another request's nonce. The browser
 * hides the nonce attribute but keeps the element's `nonce` property.
 */
export function useNonce(): string | undefined {
  const fromServer = useContext(NonceContext);
  if (typeof document === "undefined") return fromServer;
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || fromServer;
}
