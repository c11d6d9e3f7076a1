// The public pages served from Next's cache (prerendered, regenerated in the background): the
// same for every visitor, they are what a deadline night's crowd asks for most. Pure: the proxy
// asks which paths they are and where each is rendered; the pages and the actions that change
// what they show (lib/cache/revalider.ts) use the same names.

/** Seconds a cached public page is served before it is rendered again in the background. */
export const PUBLIC_PAGE_REVALIDATE_SECONDS = 60;

/**
 * The cached pages that list sessions, each rendered at an internal path /vitrine/<page> (a
 * dynamic segment, so that `next build` never needs the database), through next.config.ts's
 * rewrites: the home page, and the closed sessions it links to.
 */
export const RENDER_PATHS = { "/": "/vitrine/accueil", "/sessions": "/vitrine/sessions" } as const;

/**
 * Readable by the browser, never trusted by the server: tells the cached pages' header to offer
 * « Mon espace » and « Se déconnecter » rather than « Se connecter ». The proxy sets it while a
 * session cookie is present and removes it once that cookie is gone.
 */
export const SIGNED_IN_HINT_COOKIE = "portail-connecte";

/** A request for the internal render paths themselves: the proxy sends it to the home page. */
export function isInternalRenderPath(pathname: string): boolean {
  return pathname === "/vitrine" || pathname.startsWith("/vitrine/");
}

/** Where the proxy sends a request for an internal render path: its public page, else the home page. */
export function publicPathOf(renderPath: string): string {
  return Object.entries(RENDER_PATHS).find(([, render]) => render === renderPath)?.[0] ?? "/";
}

/**
 * A session's id as the portal makes them (Prisma's cuid). Each path served from the cache is
 * kept on disk: next.config.ts sends /sessions/<anything else> to the dynamic « Page non
 * trouvée » rather than let any string become a cache entry (or a file name too long to write).
 */
export const SESSION_ID_SOURCE = "c[a-z0-9]{20,31}";

/** Whether this path is a public page served from the cache. */
export function isCachedPublicPath(pathname: string): boolean {
  return Object.hasOwn(RENDER_PATHS, pathname) || pathname === "/accessibilite" || new RegExp(`^/sessions/${SESSION_ID_SOURCE}$`).test(pathname);
}
