// A body Next would decode as a server action must be decodable: Next answers a body it cannot
// parse with a 500. proxy.ts reads it first (within SERVER_ACTION_BODY_LIMIT, already checked)
// and refuses what cannot be decoded with a French 400.

export type ActionBodyKind = "multipart" | "reply" | null;

/**
 * How Next reads a request's body as a server action: a multipart form (a form without
 * JavaScript, or React's reply carrying a FormData) or React's text reply (JSON) when the
 * Next-Action header names an action; null when it does not read it as one.
 */
export function actionBodyKind(method: string, contentType: string | null, nextAction: string | null): ActionBodyKind {
  if (method !== "POST") return null;
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) return "multipart";
  return nextAction === null ? null : "reply";
}

export const UNDECODABLE_MESSAGE = "Le formulaire envoyé est illisible. Rechargez la page, puis envoyez-le de nouveau.";

/** The refusal, or null when Next can decode the body (or will not decode it as an action). */
export async function refuseUndecodableActionBody(request: Request): Promise<Response | null> {
  const kind = actionBodyKind(request.method, request.headers.get("content-type"), request.headers.get("next-action"));
  if (kind === null) return null;
  try {
    if (kind === "multipart") await request.formData();
    else JSON.parse(await request.text());
    return null;
  } catch {
    return new Response(UNDECODABLE_MESSAGE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}
