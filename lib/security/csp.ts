// The portal's security headers, built per request by proxy.ts. Pure: the nonce and the facts
// about the deployment come in, header values go out (tested in csp.test.ts).

export type SecurityHeaderOptions = {
  /** Fresh for every request (generateNonce), base64. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and styles are injected without a nonce. */
  development: boolean;
  /** APP_URL is https: HSTS, and plain-http subresources upgraded. */
  https: boolean;
};

/** Two years, the HSTS preload list's own requirement; sub-domains of the portal's host are served over https too. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: what CSP Level 3 asks of a nonce. */
export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page.
 *
 * - Scripts: only those carrying this response's nonce (Next's own, its inline RSC payload and
 *   react-dsfr's head scripts all get it), and what they load ('strict-dynamic': Next's chunks,
 *   DSFR's module). No 'unsafe-inline'; 'unsafe-eval' in development only.
 * - Style elements need the nonce too (react-dsfr adds its colour-scheme <style> with it), so an
 *   injected <style> — the one that can read the page through selectors — is refused. Style
 *   *attributes* are allowed (style-src-attr): React and DSFR components write some, they
 *   cannot run code nor select other elements, and putting one in the page already takes an
 *   HTML injection that script-src has made harmless. In development Next injects its styles
 *   without a nonce, hence 'unsafe-inline' there (a nonce in the list would switch it off).
 * - Images: DSFR's stylesheet draws its icons and form controls with data: SVGs.
 * - Fonts: Marianne and Spectral come from the portal itself (/_next/static/media).
 * - Nothing may frame the portal, post a form elsewhere, rebase its links or load a plugin.
 */
export function buildContentSecurityPolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("CSP nonce must be base64.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Headers that depend on the request (the nonce) or on APP_URL, which next.config.ts's static headers cannot. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": buildContentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** The nonce of a Content-Security-Policy header value, as Next reads it to stamp its scripts. */
export function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}
