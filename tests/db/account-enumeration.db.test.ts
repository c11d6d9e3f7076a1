import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { setMailerForTests } from "@/lib/mail";
import { askAddressLink, type AddressLinkKind } from "@/lib/server/accounts/ask-address-link";
import { captureMail, mailsTo, uniqueEmail } from "./accounts-helpers";

// Issue 7 §3: the forgotten-password and new-link forms must not tell, by their answer or by their
// time, whether an address has an account. Both do the same work (two rate-limit counters and one
// job row); the lookup happens later, in the job.
const TRIES = 30;
/** "Within a few milliseconds": both paths run the same statements, so their medians differ by noise only. */
const TOLERANCE_MS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

beforeAll(async () => {
  await getDb();
}, 60_000);
beforeEach(captureMail);
afterAll(() => setMailerForTests(null));

describe.each<AddressLinkKind>(["reinitialisation", "lien-activation"])("askAddressLink(%s)", (kind) => {
  // 2 × 30 answers of at least ADDRESS_LINK_MIN_MS each.
  it(`answers a known and an unknown address alike, with medians over ${TRIES} tries within ${TOLERANCE_MS} ms`, { timeout: 120_000 }, async () => {
    const db = await getDb();
    // Known addresses: activated accounts for a reset, pending ones for a new activation link.
    const known: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const email = uniqueEmail(`connu-${kind}`);
      known.push(email);
      await db.account.create({
        data: { email, emailNormalized: email, nomNaissance: "Connu", prenoms: "Alex", passwordHash: "sans-objet", activatedAt: kind === "reinitialisation" ? new Date() : null },
      });
    }
    const unknown = Array.from({ length: TRIES }, () => uniqueEmail(`inconnu-${kind}`));
    // Warm-up, so that neither side pays for the first use of a statement.
    await askAddressLink(kind, { email: uniqueEmail("echauffement"), ip: null, now: new Date() });

    const times = { known: [] as number[], unknown: [] as number[] };
    const answers = { known: new Set<string>(), unknown: new Set<string>() };
    // Interleaved, so that a busy moment of the machine weighs on both sides.
    for (let i = 0; i < TRIES; i++) {
      for (const side of i % 2 ? (["known", "unknown"] as const) : (["unknown", "known"] as const)) {
        const email = side === "known" ? known[i]! : unknown[i]!;
        const started = performance.now();
        const answer = await askAddressLink(kind, { email, ip: `203.0.113.${i}`, now: new Date() });
        times[side].push(performance.now() - started);
        answers[side].add(JSON.stringify(answer));
      }
    }
    expect([...answers.known]).toEqual([JSON.stringify({ ok: true })]);
    expect([...answers.unknown]).toEqual([JSON.stringify({ ok: true })]);
    const difference = Math.abs(median(times.known) - median(times.unknown));
    console.info(`${kind} : médiane connue ${median(times.known).toFixed(2)} ms, inconnue ${median(times.unknown).toFixed(2)} ms`);
    expect(difference).toBeLessThan(TOLERANCE_MS);

    // The job then mails the owners of known addresses only.
    await runPendingJobs();
    expect(await mailsTo(known[0]!)).toHaveLength(1);
    expect(await mailsTo(unknown[0]!)).toHaveLength(0);
  });
});
