"use client";

import { getScriptToRunAsap } from "@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap";
import { defaultColorScheme } from "./default-color-scheme";

// react-dsfr's inline head script, word for word as its DsfrHead renders it without a nonce
// (lib/security/csp.ts allows it by hash). A client component: the RSC payload only names it,
// and its text comes once with the JavaScript the browser caches, not again in every page.
const script = getScriptToRunAsap({ defaultColorScheme, nonce: undefined, trustedTypesPolicyName: "react-dsfr" });

/** Sets the light or dark theme before the first paint. */
export function DsfrColorSchemeScript() {
  return <script suppressHydrationWarning dangerouslySetInnerHTML={{ __html: script }} />;
}
