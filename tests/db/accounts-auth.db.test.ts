import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setMailerForTests } from "@/lib/mail";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { resetPassword } from "@/lib/server/accounts/reset-password";
import { endAuthSession } from "@/lib/server/auth/end-auth-session";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { validateAuthSession } from "@/lib/server/auth/validate-auth-session";
import { SIGN_IN_LIMITS } from "@/lib/domain/rate-limits";
import { activeAccount, candidateInput, captureMail, signUp, PASSWORD, tokenFromMail, uniqueEmail } from "./accounts-helpers";

const T0 = new Date("2026-11-22T13:00:00Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
let ipCounter = 0;
/** Each test its own IP, so the IP throttle of one test does not lock the next. */
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeAll(async () => {
  await getDb();
}, 60_000);
beforeEach(captureMail);
afterAll(() => setMailerForTests(null));

describe("signInWithPassword", () => {
  it("opens a server-side session and records the success", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const ip = freshIp();
    const result = await signInWithPassword({ email: email.toUpperCase(), password: PASSWORD, ip, userAgent: "Chromium" }, { now: T0 });
    expect(result).toMatchObject({ ok: true, accountId: account.id, sessionVersion: 0 });
    if (!result.ok) return;
    const session = await db.authSession.findUniqueOrThrow({ where: { id: result.authSessionId } });
    expect(session).toMatchObject({ accountId: account.id, ip, userAgent: "Chromium", revokedAt: null });
    expect(session.expiresAt.toISOString()).toBe(minutes(720).toISOString());
    expect(await db.loginAttempt.findMany({ where: { emailNormalized: email }, select: { success: true, ip: true } })).toEqual([{ success: true, ip }]);
  });

  it("gives one neutral answer for an unknown address and a wrong password, and records both", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    await activeAccount(db, email);
    const unknown = uniqueEmail("inconnu");
    const ip = freshIp();
    expect(await signInWithPassword({ email: unknown, password: PASSWORD, ip }, { now: T0 })).toEqual({ ok: false, code: "identifiants", remaining: 9 });
    expect(await signInWithPassword({ email, password: "Mauvais-1!", ip: freshIp() }, { now: T0 })).toEqual({ ok: false, code: "identifiants", remaining: 9 });
    expect(await db.loginAttempt.count({ where: { emailNormalized: { in: [email, unknown] }, success: false } })).toBe(2);
  });

  it("tells an unactivated account why, but only with the right password", async () => {
    const email = uniqueEmail();
    await signUp(candidateInput(email), { now: T0 });
    expect(await signInWithPassword({ email, password: "Mot-de-passe-1!", ip: freshIp() }, { now: minutes(1) })).toEqual({ ok: false, code: "non_active" });
    expect((await signInWithPassword({ email, password: "Mauvais-1!", ip: freshIp() }, { now: minutes(1) })).ok).toBe(false);
    expect(await signInWithPassword({ email, password: "Mauvais-1!", ip: freshIp() }, { now: minutes(2) })).toMatchObject({ code: "identifiants" });
  });

  it("locks an address for 15 minutes after 10 failures in 15 minutes, even with the right password", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    await activeAccount(db, email);
    const results = [];
    // Each failure from another IP: the lock is the address's.
    for (let i = 0; i < 10; i++) results.push(await signInWithPassword({ email, password: `Mauvais-${i}!`, ip: freshIp() }, { now: minutes(i) }));
    expect(results.slice(0, 9).map((r) => (r.ok ? "ok" : r.code === "identifiants" ? r.remaining : r.code))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(results[9]).toEqual({ ok: false, code: "verrouille", until: minutes(24) });
    expect(await db.auditEvent.count({ where: { action: "connexion.verrouillee", at: minutes(9) } })).toBe(1);

    const attempts = await db.loginAttempt.count({ where: { emailNormalized: email } });
    expect(await signInWithPassword({ email, password: PASSWORD, ip: freshIp() }, { now: minutes(23) })).toEqual({ ok: false, code: "verrouille", until: minutes(24) });
    // Refused while locked without being counted: the lock does not extend itself.
    expect(await db.loginAttempt.count({ where: { emailNormalized: email } })).toBe(attempts);
    expect((await signInWithPassword({ email, password: PASSWORD, ip: freshIp() }, { now: minutes(24) })).ok).toBe(true);
  });

  it(`locks an IP after ${SIGN_IN_LIMITS.ip.failures} failures on any addresses, not after 10 (a lycée behind one address)`, async () => {
    const ip = freshIp();
    const results = [];
    // Ten pupils each mistype a password a few times within 15 minutes.
    for (let i = 0; i < SIGN_IN_LIMITS.ip.failures; i++) {
      results.push(await signInWithPassword({ email: uniqueEmail("essai"), password: "Mauvais-1!", ip }, { now: new Date(minutes(0).getTime() + i * 5000) }));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.code === "identifiants")).toBe(true);
    const lockedAt = new Date(minutes(0).getTime() + (SIGN_IN_LIMITS.ip.failures - 1) * 5000);
    expect(results.at(-1)).toEqual({ ok: false, code: "verrouille", until: new Date(lockedAt.getTime() + SIGN_IN_LIMITS.ip.lockMinutes * 60_000) });
    const db = await getDb();
    const email = uniqueEmail();
    await activeAccount(db, email);
    expect(await signInWithPassword({ email, password: PASSWORD, ip }, { now: minutes(10) })).toMatchObject({ code: "verrouille" });
    expect((await signInWithPassword({ email, password: PASSWORD, ip }, { now: minutes(25) })).ok).toBe(true);
    expect((await signInWithPassword({ email, password: PASSWORD, ip: freshIp() }, { now: minutes(10) })).ok).toBe(true);
  });

  it("a new password from « Mot de passe oublié » lifts the address's lock", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    await activeAccount(db, email);
    for (let i = 0; i < 10; i++) await signInWithPassword({ email, password: "Mauvais-1!", ip: freshIp() }, { now: minutes(i) });
    await requestPasswordReset(email, { now: minutes(10) });
    expect((await resetPassword({ token: await tokenFromMail(email, "/mot-de-passe/nouveau"), password: "Nouveau-Secret-2?" }, { now: minutes(11) })).outcome).toBe("modifie");
    expect((await signInWithPassword({ email, password: "Nouveau-Secret-2?", ip: freshIp() }, { now: minutes(12) })).ok).toBe(true);
  });

  it("refuses a disabled account, after checking the password", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    await db.account.update({ where: { id: account.id }, data: { disabledAt: T0 } });
    expect(await signInWithPassword({ email, password: PASSWORD, ip: freshIp() }, { now: T0 })).toEqual({ ok: false, code: "desactive" });
  });
});

describe("validateAuthSession: idle 30 minutes, absolute 12 hours, revocation, session version", () => {
  async function signedIn() {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const result = await signInWithPassword({ email, password: PASSWORD, ip: freshIp() }, { now: T0 });
    if (!result.ok) throw new Error("sign-in failed");
    return { db, account, sid: result.authSessionId };
  }

  it("keeps an active session alive and writes lastSeenAt at most once a minute", async () => {
    const { db, account, sid } = await signedIn();
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(0.5) })).toMatchObject({ id: account.id, role: "CANDIDAT", authSessionId: sid });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.toISOString()).toBe(T0.toISOString());
    for (const m of [20, 45, 70, 95]) expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(m) }), `${m} min`).not.toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.toISOString()).toBe(minutes(95).toISOString());
  });

  it("ends after 30 minutes without activity", async () => {
    const { sid } = await signedIn();
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(29) })).not.toBeNull();
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(59) })).toBeNull();
  });

  it("ends 12 hours after sign-in, however active", async () => {
    const { sid } = await signedIn();
    for (let m = 25; m < 720; m += 25) expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(m) })).not.toBeNull();
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(720) })).toBeNull();
  });

  it("ends at sign-out, with an audit record", async () => {
    const { db, account, sid } = await signedIn();
    await endAuthSession(sid, { now: minutes(1), ip: "192.0.2.200" });
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(2) })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "deconnexion", entityId: sid } })).toMatchObject({ actorId: account.id });
  });

  it("ends when the account's session version changes or the account is disabled", async () => {
    const { db, account, sid } = await signedIn();
    expect(await validateAuthSession({ sid, sv: 1 }, { now: minutes(1) })).toBeNull();
    await db.account.update({ where: { id: account.id }, data: { disabledAt: minutes(1) } });
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(2) })).toBeNull();
    expect(await validateAuthSession({ sid: "inconnue", sv: 0 }, { now: minutes(2) })).toBeNull();
  });
});
