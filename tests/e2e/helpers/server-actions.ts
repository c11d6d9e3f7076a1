// Calling server actions directly, as an attacker would: the action's id read from the build's
// server-reference manifest, its arguments encoded the way React's client encodes them (bound
// ones first), a POST with the Next-Action header, and the answer read back (redirect, 404, or the
// value the action returned).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.edge";
import { routePath } from "../../../lib/access-matrix";

export type ManifestAction = { id: string; key: string; workers: string[] };

/** Every server action of the build, by "file#export" (the matrix's key). */
export function readServerActions(distDir = process.env.NEXT_DIST_DIR ?? ".next"): Map<string, ManifestAction> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };
  const actions = new Map<string, ManifestAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`${file}: action ${id} has no filename/exportedName (Next's manifest format changed?)`);
    const key = `${entry.filename}#${entry.exportedName}`;
    actions.set(key, { id, key, workers: Object.keys(entry.workers) });
  }
  return actions;
}

/** The URL paths of the pages whose bundle holds the action ("app/(gestion)/gestion/page" → "/gestion"). */
export function workerPaths(action: ManifestAction): string[] {
  return action.workers.filter((w) => w.startsWith("app/") && w.endsWith("/page") && !w.includes("_not-found")).map((w) => routePath(`${w}.tsx`));
}

/** What came back: where the guards sent the caller, or what the action answered. */
export type ActionAnswer =
  | { kind: "redirect"; to: string }
  | { kind: "not-found" }
  | { kind: "state"; state: unknown }
  | { kind: "error"; status: number; body: string };

/**
 * The action's return value in a Flight payload: row 0 is `{"a":"$@<row>",…}`, and that row holds
 * the value as JSON. Read by hand: decoding the whole payload would need the client modules of
 * the page tree that comes with it (after a revalidatePath).
 */
function answerOf(payload: string): unknown {
  const row = (id: string) => {
    const match = new RegExp(`(?:^|\\n)${id}:([\\[{"].*)`).exec(payload);
    return match ? (JSON.parse(match[1]!) as unknown) : undefined;
  };
  const root = row("0") as { a?: unknown } | undefined;
  const reference = typeof root?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(root.a)?.[1] : undefined;
  return reference ? row(reference) : root?.a;
}

export async function callServerAction(
  request: APIRequestContext,
  { url, actionId, args, headers = {} }: { url: string; actionId: string; args: unknown[]; headers?: Record<string, string> },
): Promise<ActionAnswer> {
  const encoded = await encodeReply(args);
  // A FormData body is sent as multipart, as the browser does; anything else as text.
  const body = typeof encoded === "string" ? new Response(encoded, { headers: { "content-type": "text/plain;charset=UTF-8" } }) : new Response(encoded);
  const response = await request.post(url, {
    headers: { ...headers, "Next-Action": actionId, Accept: "text/x-component", "Content-Type": body.headers.get("content-type")! },
    data: Buffer.from(await body.arrayBuffer()),
    maxRedirects: 0,
  });
  const redirect = response.headers()["x-action-redirect"] ?? (response.status() >= 300 && response.status() < 400 ? response.headers().location : undefined);
  if (redirect) {
    const to = new URL(redirect.split(";")[0]!, "http://portail.invalid");
    return { kind: "redirect", to: to.pathname + to.search };
  }
  if (response.status() === 404) return { kind: "not-found" };
  const text = (await response.body()).toString("utf8");
  if (response.status() !== 200 || !(response.headers()["content-type"] ?? "").startsWith("text/x-component")) return { kind: "error", status: response.status(), body: text.slice(0, 500) };
  return { kind: "state", state: answerOf(text) };
}
