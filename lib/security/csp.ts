// The portal's security headers, built per request by proxy.ts. Pure: the nonce and the facts
// about the deployment come in, header values go out (tested in csp.test.ts).

export type SecurityHeaderOptions = {
  /** Fresh for every request (generateNonce), base64. */
  nonce: string;
  /**
   * A public page served from the cache (isCachedPublicPath): its HTML was rendered once, for
   * everyone, so it cannot carry this request's nonce.
   */
  cachedPage?: boolean;
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
 * react-dsfr's inline head script (the colour scheme set before the first paint), as its DsfrHead
 * renders it without a nonce (components/dsfr/color-scheme-script.tsx renders the same text), and
 * the two <style> elements it and the DSFR provider insert (`:root { color-scheme: … }`). Their
 * text never changes, so they are allowed by hash: the root layout then needs no nonce, and a
 * page that reads nothing from the request can be prerendered.
 * csp.test.ts recomputes these from react-dsfr itself: an upgrade that changes them fails there.
 */
export const DSFR_INLINE_SCRIPT_HASH = "'sha256-a4Z0nGkgM9sHmY5Qvhx6M98pbLAia4UWJ9bS1erqvbI='";
export const DSFR_COLOR_SCHEME_STYLE_HASHES = ["'sha256-xVQ4mcypV0CvOtZpQgVcKpcoNvdUkR9BrwZBrtBbU+w='", "'sha256-HzhUjVBe6Oi2wcxUM7bmy2Rp9VdLMHYDdYr9MalNmOY='"] as const;

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
export function buildContentSecurityPolicy({ nonce, development, https, cachedPage = false }: SecurityHeaderOptions): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("CSP nonce must be base64.");
  // A cached public page (home, session pages, accessibility statement) holds Next's inline RSC
  // payload without any nonce: its scripts are allowed inline, from the portal only. These pages
  // show nothing a visitor typed (the académies' texts are escaped by React), have no form but
  // the header's links, and every other directive stays as strict.
  const scriptSrc = cachedPage
    ? ["'self'", "'unsafe-inline'"]
    : ["'self'", `'nonce-${nonce}'`, DSFR_INLINE_SCRIPT_HASH, "'strict-dynamic'"];
  const styleSrc = cachedPage || development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, ...DSFR_COLOR_SCHEME_STYLE_HASHES];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSrc, ...(development ? ["'unsafe-eval'"] : [])] as [string, ...string[]],
    ["style-src", ...styleSrc] as [string, ...string[]],
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
