import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/domain/rate-limits";
import { setMailerForTests } from "@/lib/mail";
import { askAddressLink } from "@/lib/server/accounts/ask-address-link";
import { changeEmail } from "@/lib/server/accounts/change-email";
import { changePassword } from "@/lib/server/accounts/change-password";
import { createAccount } from "@/lib/server/accounts/create-account";
import { verifyPassword } from "@/lib/server/auth/password";
import { consumeRateLimits } from "@/lib/server/rate-limit";
import { activeAccount, candidateInput, captureMail, PASSWORD, uniqueEmail } from "./accounts-helpers";

// Rate limits of issue 7 §2, on this worker's database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
const T0 = new Date("2026-11-30T18:00:00Z");
let ipCounter = 0;
const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

async function jobCount(name: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, name);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  await getDb();
}, 60_000);
beforeEach(captureMail);
afterAll(() => setMailerForTests(null));

describe("consumeRateLimits", () => {
  it("allows the rule's points then refuses, saying when the window ends", async () => {
    const key = uniqueEmail();
    const points = RATE_LIMITS["lien-activation:adresse"].points;
    for (let i = 0; i < points; i++) expect(await consumeRateLimits([{ rule: "lien-activation:adresse", key }])).toEqual({ ok: true });
    const refused = await consumeRateLimits([{ rule: "lien-activation:adresse", key }]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      const wait = refused.retryAt.getTime() - Date.now();
      expect(wait).toBeGreaterThan(59 * 60_000);
      expect(wait).toBeLessThanOrEqual(60 * 60_000);
    }
    // Keys are case-insensitive (an address typed in capitals is the same address) and hashed.
    expect((await consumeRateLimits([{ rule: "lien-activation:adresse", key: key.toUpperCase() }])).ok).toBe(false);
    const db = await getDb();
    const rows = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "lien-activation:adresse" } } });
    expect(rows.some((r) => r.key.includes(key))).toBe(false);
  });

  it("counts concurrent requests exactly: 20 at once on 5 points let 5 through", async () => {
    const key = uniqueEmail("course");
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimits([{ rule: "creation-compte:adresse", key }])));
    expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS["creation-compte:adresse"].points);
  });
});

describe("account creation", () => {
  it(`refuses a ${RATE_LIMITS["creation-compte:adresse"].points + 1}th sign-up of one address within the hour, in French, and stores nothing`, async () => {
    const db = await getDb();
    const email = uniqueEmail();
    for (let i = 0; i < RATE_LIMITS["creation-compte:adresse"].points; i++) {
      expect((await createAccount(candidateInput(email), { now: T0, ip: freshIp() })).outcome).not.toBe("limite");
    }
    const accounts = await db.account.count();
    const audit = await db.auditEvent.count();
    const mails = await jobCount("courriel");
    const refused = await createAccount(candidateInput(email, { nomNaissance: "Autre" }), { now: T0, ip: freshIp() });
    expect(refused.outcome).toBe("limite");
    if (refused.outcome === "limite") expect(refused.message).toMatch(/^Trop de demandes .* réessayez dans \d+ minutes, à partir de \d+\u00a0h\u00a0\d\d \(heure de Paris\)\. Rien n’a été enregistré\.$/);
    expect(await db.account.count()).toBe(accounts);
    expect(await db.auditEvent.count()).toBe(audit);
    expect(await jobCount("courriel")).toBe(mails);
  });

  it("lets a whole class behind one address (35 pupils) create their accounts", async () => {
    const ip = freshIp();
    const outcomes = [];
    for (let i = 0; i < 35; i++) outcomes.push((await createAccount(candidateInput(uniqueEmail("eleve")), { now: T0, ip })).outcome);
    expect(outcomes.every((o) => o === "cree")).toBe(true);
  });
});

describe("new link and forgotten password", () => {
  it("queue a job for every accepted request and nothing once the address's limit is reached", async () => {
    for (const kind of ["reinitialisation", "lien-activation"] as const) {
      const email = uniqueEmail(kind);
      const name = kind === "reinitialisation" ? "demande-reinitialisation" : "demande-lien-activation";
      const before = await jobCount(name);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await askAddressLink(kind, { email, ip: freshIp(), now: T0 }));
      expect(answers.map((a) => a.ok)).toEqual([true, true, true, false]);
      expect(await jobCount(name)).toBe(before + 3);
    }
  });
});

describe("password-checking forms of Mon compte", () => {
  it("refuses a 6th attempt in 15 minutes, even with the right password, and changes nothing", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const actor = { id: account.id, role: account.role, academieId: null };
    for (let i = 0; i < 5; i++) {
      expect(await changePassword({ actor, authSessionId: "aucune", currentPassword: `Mauvais-${i}!`, password: "Nouveau-Secret-2?" }, { now: T0, ip: freshIp() })).toEqual({
        ok: false,
        code: "mot_de_passe_actuel",
      });
    }
    const refused = await changePassword({ actor, authSessionId: "aucune", currentPassword: PASSWORD, password: "Nouveau-Secret-2?" }, { now: T0, ip: freshIp() });
    expect(refused).toMatchObject({ ok: false, code: "limite" });
    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(true);

    for (let i = 0; i < 5; i++) await changeEmail({ actor, email: uniqueEmail("nouvelle"), currentPassword: `Mauvais-${i}!` }, { now: T0, ip: freshIp() });
    expect(await changeEmail({ actor, email: uniqueEmail("nouvelle"), currentPassword: PASSWORD }, { now: T0, ip: freshIp() })).toMatchObject({ ok: false, code: "limite" });
    expect(await db.accountToken.count({ where: { accountId: account.id, kind: "EMAIL_CHANGE" } })).toBe(0);
  });
});
