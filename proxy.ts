import { NextResponse, type NextRequest } from "next/server";
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
export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const securityHeaders = buildSecurityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: new URL(env().APP_URL).protocol === "https:",
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", securityHeaders["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page, server action and RSC request, prefetches included (a header a client chooses
  // must not skip the body limit). Route handlers under app/api/ check their own limit (an upload
  // route's is larger than a form's); static files need none. So do the two routes of a piece's
  // files: the upload (…/justificatifs/<piece>/fichiers, 5 MB: Next would cut its body at
  // proxyClientMaxBodySize as soon as the proxy runs) and the file served back
  // (…/justificatifs/fichiers/<id>, whose own `sandbox` CSP this one would replace).
  matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico|robots.txt|mes-candidatures/[^/]+/justificatifs/(?:[^/]+/fichiers|fichiers/[^/]+)/?$).*)"],
};
