import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_PATTERN } from "@/lib/auth-cookie";
import { isCachedPublicPath, isInternalRenderPath, publicPathOf, SIGNED_IN_HINT_COOKIE } from "@/lib/cache/pages-publiques";
import { env } from "@/lib/env";
import { refuseUndecodableActionBody } from "@/lib/security/action-body";
import { refuseOversizedBody, SERVER_ACTION_BODY_LIMIT } from "@/lib/security/body-limit";
import { buildSecurityHeaders, generateNonce } from "@/lib/security/csp";
import { isDecodablePath, undecodablePathResponse } from "@/lib/security/path";

// Runs before every page and server action (Next 16's proxy, on the Node.js runtime): a fresh
// CSP nonce per request, which Next reads back from the request's Content-Security-Policy header
// to stamp its own scripts, and the root layout from x-nonce for react-dsfr's; HSTS when the
// portal is served over https; and a body refused before any server action parses it, when it is
// too large (from its Content-Length) or cannot be decoded: Next answers both with a 500.
//
// The public pages served from the cache (lib/cache/pages-publiques.ts) get the policy their
// shared HTML allows, and no nonce.
export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const https = new URL(env().APP_URL).protocol === "https:";
  const read = request.method === "GET" || request.method === "HEAD";
  const cached = read && isCachedPublicPath(request.nextUrl.pathname);
  const securityHeaders = buildSecurityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https,
    cachedPage: cached,
  });

  if (!isDecodablePath(request.nextUrl.pathname)) {
    const refusal = undecodablePathResponse();
    for (const [name, value] of Object.entries(securityHeaders)) refusal.headers.set(name, value);
    return refusal;
  }

  if (request.method !== "GET" && request.method !== "HEAD") {
    const refusal = refuseOversizedBody(request, SERVER_ACTION_BODY_LIMIT) ?? (await refuseUndecodableActionBody(request));
    if (refusal) {
      for (const [name, value] of Object.entries(securityHeaders)) refusal.headers.set(name, value);
      return refusal;
    }
  }

  let response: NextResponse;
  if (isInternalRenderPath(request.nextUrl.pathname)) {
    // An internal render path, asked for directly: the public page itself.
    response = NextResponse.redirect(new URL(publicPathOf(request.nextUrl.pathname), request.url), 308);
  } else if (cached) {
    response = NextResponse.next();
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", securityHeaders["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  keepSignedInHint(request, response, https);
  return response;
}

/** The cached pages' header reads SIGNED_IN_HINT_COOKIE: set while a session cookie is sent, removed once it is not. */
function keepSignedInHint(request: NextRequest, response: NextResponse, https: boolean) {
  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE_PATTERN.test(c.name));
  const hinted = request.cookies.has(SIGNED_IN_HINT_COOKIE);
  if (signedIn && !hinted) response.cookies.set(SIGNED_IN_HINT_COOKIE, "1", { path: "/", sameSite: "lax", httpOnly: false, secure: https, maxAge: 12 * 60 * 60 });
  else if (!signedIn && hinted) response.cookies.delete(SIGNED_IN_HINT_COOKIE);
}

export const config = {
  // Every page, server action and RSC request, prefetches included (a header a client chooses
  // must not skip the body limit). Route handlers under app/api/ check their own limit (an upload
  // route's is larger than a form's); static files need none. So do the two routes of a piece's
  // files: the upload (…/justificatifs/<piece>/fichiers, 5 MB: Next would cut its body at
  // proxyClientMaxBodySize as soon as the proxy runs) and the file served back
  // (…/justificatifs/fichiers/<id>, whose own `sandbox` CSP this one would replace). And the
  // routes the wizard's script posts Suivant and ENREGISTRER to (…/<étape>/suivant,
  // …/recapitulatif/enregistrer): they check their body's size, origin and decoding themselves
  // (lib/server/formulaire-script.ts), so that a deadline night's busiest posts are read once.
  //
  // The cached public pages (lib/cache/pages-publiques.ts) are served without it when read (their
  // headers come from next.config.ts): on a deadline night they are most of the requests, and
  // the proxy's own cost (the request rebuilt for it) was half of theirs. A request to them that
  // carries a body, or a server action, still goes through it (the body limits).
  // (Literal, as Next reads it when building; proxy-matcher.test.ts checks it against SESSION_ID_SOURCE.)
  matcher: [
    "/((?!$|accessibilite$|sessions$|sessions/c[a-z0-9]{20,31}$|api/|_next/static/|_next/image|favicon.ico|robots.txt|mes-candidatures/[^/]+/(?:justificatifs/(?:[^/]+/fichiers|fichiers/[^/]+)|[^/]+/suivant|recapitulatif/enregistrer)/?$).*)",
    { source: "/((?:|accessibilite|sessions|sessions/c[a-z0-9]{20,31}))", has: [{ type: "header", key: "content-type" }] },
    { source: "/((?:|accessibilite|sessions|sessions/c[a-z0-9]{20,31}))", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?:|accessibilite|sessions|sessions/c[a-z0-9]{20,31}))", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/((?:|accessibilite|sessions|sessions/c[a-z0-9]{20,31}))", has: [{ type: "header", key: "next-action" }] },
  ],
};
