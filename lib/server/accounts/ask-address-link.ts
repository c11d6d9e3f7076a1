import "server-only";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { sendJob } from "@/lib/jobs/boss";
import { rateLimitRefusal } from "@/lib/server/rate-limit";

export type AddressLinkKind = "reinitialisation" | "lien-activation";

/**
 * Every answer leaves after at least this long: the work is already the same for any address, and a
 * fixed pace also hides what a busy database or a cold cache would add to one request or another.
 */
export const ADDRESS_LINK_MIN_MS = 400;

/**
 * The public "Mot de passe oublié" and "Recevoir un nouveau lien d'activation" forms [issue 7 §3]:
 * rate-limited, then only queued. The work is the same for a known and an unknown address (two
 * counters and one job row), so neither the answer nor its time says whether the address has an
 * account; the job looks the address up and mails its owner.
 */
export async function askAddressLink(
  kind: AddressLinkKind,
  { email, ip, now }: { email: string; ip: string | null; now: Date },
): Promise<{ ok: true } | { ok: false; message: string }> {
  const started = performance.now();
  const answer = await handle(kind, { email, ip, now });
  const left = ADDRESS_LINK_MIN_MS - (performance.now() - started);
  if (left > 0) await sleep(left);
  return answer;
}

async function handle(kind: AddressLinkKind, { email, ip, now }: { email: string; ip: string | null; now: Date }): Promise<{ ok: true } | { ok: false; message: string }> {
  const refusal = await rateLimitRefusal(
    kind === "reinitialisation"
      ? [
          { rule: "mot-de-passe-oublie:ip", key: ip },
          { rule: "mot-de-passe-oublie:adresse", key: email },
        ]
      : [
          { rule: "lien-activation:ip", key: ip },
          { rule: "lien-activation:adresse", key: email },
        ],
  );
  if (refusal) return { ok: false, message: refusal };
  await sendJob(kind === "reinitialisation" ? "demande-reinitialisation" : "demande-lien-activation", { email, ip, at: now.toISOString() });
  return { ok: true };
}
