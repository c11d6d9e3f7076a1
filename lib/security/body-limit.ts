// Request body limits. Every number is read from Content-Length before a byte of the body is
// parsed, so a huge upload is refused without being buffered, and a body the server never
// reads cannot end in a 500.

/**
 * Server actions (every form of the portal today). Measured in the e2e run: the largest, the
 * wizard's Acquis step and the account creation form, post 2 to 3 kB (fields, the action's id
 * and React's framing); 64 kB leaves twenty times that for long answers and stays far below a
 * file. Used by next.config.ts (serverActions.bodySizeLimit and proxyClientMaxBodySize) and by
 * proxy.ts, which applies it to every POST outside app/api/: a route that takes files lives
 * under app/api/ with a limit of its own (refuseOversizedBody).
 */
export const SERVER_ACTION_BODY_LIMIT = 64 * 1024;

/** Route handlers that take no body (GET only): a probe sends none. */
export const NO_BODY = 0;

export type BodySizeVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string };

/** "64 ko", "1,5 Mo": the limit as a French reader expects it. */
export function formatTailleFr(bytes: number): string {
  const nbsp = "\u00a0";
  if (bytes < 1024) return `${bytes}${nbsp}octets`;
  if (bytes < 1024 * 1024) return `${formatNombre(bytes / 1024)}${nbsp}ko`;
  return `${formatNombre(bytes / (1024 * 1024))}${nbsp}Mo`;
}

function formatNombre(n: number): string {
  return (Math.round(n * 10) / 10).toString().replace(".", ",");
}

/**
 * Whether a request may carry its body to a handler whose limit is `limit` bytes, from its
 * headers alone. A body without Content-Length (chunked) is refused with 411: browsers send the
 * length of every form and fetch body, and only the length lets a body be refused unread.
 */
export function checkBodySize(headers: { contentLength: string | null; transferEncoding: string | null }, limit: number): BodySizeVerdict {
  const { contentLength, transferEncoding } = headers;
  if (contentLength === null) {
    if (transferEncoding === null) return { ok: true };
    return { ok: false, status: 411, message: "La taille de la requête doit être indiquée (en-tête Content-Length)." };
  }
  const length = /^\d+$/.test(contentLength.trim()) ? Number(contentLength.trim()) : Number.NaN;
  if (Number.isNaN(length)) return { ok: false, status: 411, message: "La taille de la requête indiquée n’est pas un nombre." };
  if (length > limit) {
    return {
      ok: false,
      status: 413,
      message:
        limit === 0
          ? "Cette adresse n’accepte pas de contenu dans la requête."
          : `La requête dépasse la taille autorisée (${formatTailleFr(limit)}). Raccourcissez les textes saisis, puis envoyez de nouveau le formulaire.`,
    };
  }
  return { ok: true };
}

/** The refusal as a plain-text response, or null when the body may be read. */
export function refuseOversizedBody(request: Request, limit: number): Response | null {
  const verdict = checkBodySize(
    { contentLength: request.headers.get("content-length"), transferEncoding: request.headers.get("transfer-encoding") },
    limit,
  );
  if (verdict.ok) return null;
  return new Response(verdict.message, {
    status: verdict.status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
