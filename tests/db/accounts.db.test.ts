import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setMailerForTests } from "@/lib/mail";
import { activateAccount } from "@/lib/server/accounts/activate-account";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { purgeExpiredAccounts } from "@/lib/server/accounts/purge-expired-accounts";
import { requestActivationLink } from "@/lib/server/accounts/request-activation-link";
import { MAILS_PER_HOUR } from "@/lib/server/accounts/send-account-mail";
import { verifyPassword } from "@/lib/server/auth/password";
import { activeAccount, candidateInput, captureMail, signUp, deliverMail, mailsTo, sent, tokenFromMail, uniqueEmail } from "./accounts-helpers";

const T0 = new Date("2026-11-22T09:00:00Z");
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

beforeAll(async () => {
  await getDb(); // opens and migrates this file's database
}, 60_000);
beforeEach(captureMail);
afterAll(() => setMailerForTests(null));

describe("createAccount", () => {
  it("creates an unactivated candidate, stores only the token's SHA-256 and mails a 48-hour link", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const { outcome, accountId } = await signUp(candidateInput(email.toUpperCase()), { now: T0, ip: "198.51.100.7" });
    expect(outcome).toBe("cree");

    const account = await db.account.findUniqueOrThrow({ where: { id: accountId }, include: { tokens: true } });
    expect(account).toMatchObject({ emailNormalized: email, role: "CANDIDAT", activatedAt: null, nomNaissance: "Exemple", paysNaissance: "FR" });
    expect(account.dateNaissance?.toISOString()).toBe("2001-03-14T00:00:00.000Z");
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account.passwordHash!, "Mot-de-passe-1!")).toBe(true);

    const [mail] = (await mailsTo(email));
    expect(mail?.subject).toBe("Activez votre compte candidat");
    expect(mail?.text).toContain("valable 48\u00a0heures");
    expect(mail?.html).toContain("Activer mon compte");
    const token = await tokenFromMail(email, "/activer");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(account.tokens).toHaveLength(1);
    expect(account.tokens[0]).toMatchObject({ kind: "ACTIVATION", tokenHash: createHash("sha256").update(token).digest("hex"), usedAt: null });
    expect(account.tokens[0]?.expiresAt.toISOString()).toBe(hours(48).toISOString());
    expect(JSON.stringify(account.tokens)).not.toContain(token);

    const audit = await db.auditEvent.findMany({ where: { entityId: accountId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["compte.cree", "courriel.activation"]);
    expect(audit[0]?.ip).toBe("198.51.100.7");
  });

  it("answers the same for an address already in use (whatever its case) and tells its owner by mail", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const owner = await activeAccount(db, email);
    const before = await db.account.count();
    const { outcome, accountId } = await signUp(candidateInput(` ${email.toUpperCase()} `.trim()), { now: T0 });
    expect(outcome).toBe("adresse_existante");
    expect(accountId).toBe(owner.id);
    expect(await db.account.count()).toBe(before);
    const [notice] = (await mailsTo(email));
    expect(notice?.subject).toBe("Vous avez déjà un compte candidat");
    expect(notice?.text).not.toMatch(/jeton=/);
    // The owner's account is untouched.
    expect((await db.account.findUniqueOrThrow({ where: { id: owner.id } })).passwordHash).toBe(owner.passwordHash);
  });

  it("never lets a second sign-up take over a pending account: the owner gets a new link to the account as they created it", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    // The victim creates an account and has not activated it yet.
    const victim = await signUp(candidateInput(email, { nomNaissance: "Victime", prenoms: "Aude" }), { now: T0, ip: "198.51.100.1" });
    const before = await db.account.findUniqueOrThrow({ where: { id: victim.accountId } });
    // The attacker re-submits the same address with their own name and password.
    const attack = await signUp(candidateInput(email, { nomNaissance: "Pirate", prenoms: "Mallory", password: "Pirate-Secret-9?" }), { now: hours(1), ip: "203.0.113.66" });
    expect(attack).toEqual({ outcome: "en_attente", accountId: victim.accountId });
    const after = await db.account.findUniqueOrThrow({ where: { id: victim.accountId } });
    expect(after).toEqual(before);

    // The victim activates from the newest mail: the account is theirs, with their password and name.
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual(["Activez votre compte candidat", "Activez votre compte candidat"]);
    expect(mails[1]?.text).toContain("Aude");
    expect(mails[1]?.text).not.toContain("Mallory");
    expect((await activateAccount(await tokenFromMail(email, "/activer"), { now: hours(2) })).outcome).toBe("active");
    const activated = await db.account.findUniqueOrThrow({ where: { id: victim.accountId } });
    expect(await verifyPassword(activated.passwordHash!, "Pirate-Secret-9?")).toBe(false);
    expect(await verifyPassword(activated.passwordHash!, "Mot-de-passe-1!")).toBe(true);
    expect(activated).toMatchObject({ nomNaissance: "Victime", prenoms: "Aude" });
    const audit = await db.auditEvent.findMany({ where: { entityId: victim.accountId, action: { startsWith: "compte." } }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.ip])).toEqual([
      ["compte.cree", "198.51.100.1"],
      ["compte.creation_en_attente", "203.0.113.66"],
      ["compte.active", null],
    ]);
  });

  it("a pending account whose 48 hours are over no longer holds its address", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const first = await signUp(candidateInput(email, { nomNaissance: "Premier" }), { now: T0 });
    const second = await signUp(candidateInput(email, { nomNaissance: "Second" }), { now: hours(49) });
    expect(second.outcome).toBe("cree");
    expect(second.accountId).not.toBe(first.accountId);
    expect((await db.account.findUniqueOrThrow({ where: { id: second.accountId } })).nomNaissance).toBe("Second");
  });
});

describe("activation (48 hours, single use)", () => {
  it("activates once; the link then says the account is already active", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const { accountId } = await signUp(candidateInput(email), { now: T0 });
    const token = await tokenFromMail(email, "/activer");
    expect(await inspectLink(token, "ACTIVATION", { now: hours(47.9) })).toEqual({ state: "valide", email });
    expect(await activateAccount(token, { now: hours(47.9), ip: "203.0.113.1" })).toEqual({ outcome: "active" });
    const account = await db.account.findUniqueOrThrow({ where: { id: accountId }, include: { tokens: true } });
    expect(account.activatedAt?.toISOString()).toBe(hours(47.9).toISOString());
    expect(account.tokens[0]?.usedAt).not.toBeNull();
    expect(await activateAccount(token, { now: hours(48.5) })).toEqual({ outcome: "deja_active" });
    expect((await inspectLink(token, "ACTIVATION", { now: hours(48.5) })).state).toBe("utilise");
    // An activated account is never purged.
    await purgeExpiredAccounts({ now: hours(100) });
    expect(await db.account.count({ where: { id: accountId } })).toBe(1);
  });

  it("after 48 hours the link says it expired and the unactivated account is deleted", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const { accountId } = await signUp(candidateInput(email), { now: T0 });
    const token = await tokenFromMail(email, "/activer");
    expect((await inspectLink(token, "ACTIVATION", { now: hours(49) })).state).toBe("expire");
    expect(await db.account.count({ where: { id: accountId } })).toBe(0);
    expect(await db.accountToken.count({ where: { accountId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: accountId, action: "compte.supprime_non_active" } })).toBe(1);
    // Once deleted, the link is simply unknown; the address can sign up again.
    expect(await activateAccount(token, { now: hours(50) })).toEqual({ outcome: "inconnu" });
    expect((await signUp(candidateInput(email), { now: hours(50) })).outcome).toBe("cree");
  });

  it("a click on an expired link deletes the account too", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const { accountId } = await signUp(candidateInput(email), { now: T0 });
    expect(await activateAccount(await tokenFromMail(email, "/activer"), { now: hours(48) })).toEqual({ outcome: "expire" });
    expect(await db.account.count({ where: { id: accountId } })).toBe(0);
  });

  it("refuses malformed and unknown tokens without touching the database's rows", async () => {
    for (const token of ["", "abc", "x".repeat(43), "a".repeat(500)]) {
      expect(await activateAccount(token, { now: T0 })).toEqual({ outcome: "inconnu" });
      expect((await inspectLink(token, "ACTIVATION", { now: T0 })).state).toBe("inconnu");
    }
  });
});

describe("purgeExpiredAccounts", () => {
  it("removes every unactivated candidate account older than 48 hours with no valid link, and nothing else", async () => {
    const db = await getDb();
    const old = uniqueEmail("ancien");
    const recent = uniqueEmail("recent");
    const renewed = uniqueEmail("relance");
    const staff = uniqueEmail("gestion");
    // Creations purge on access too: create them so that none purges another before the run.
    const c = await signUp(candidateInput(renewed), { now: hours(-50) });
    expect(await requestActivationLink(renewed, { now: hours(-3) })).toEqual({ queued: true });
    const b = await signUp(candidateInput(recent), { now: hours(-10) });
    const a = await signUp(candidateInput(old), { now: hours(-100) });
    const pendingStaff = await db.account.create({ data: { email: staff, emailNormalized: staff, nomNaissance: "Fictif", prenoms: "Claude", role: "GESTIONNAIRE", createdAt: hours(-200) } });

    const purged = await purgeExpiredAccounts({ now: T0 });
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = new Set((await db.account.findMany({ where: { id: { in: [a.accountId, b.accountId, c.accountId, pendingStaff.id] } } })).map((x) => x.id));
    expect(left.has(a.accountId)).toBe(false);
    expect(left.has(b.accountId)).toBe(true);
    expect(left.has(c.accountId)).toBe(true); // a new link asked for in time keeps it 48 more hours
    expect(left.has(pendingStaff.id)).toBe(true); // staff invitations are not sign-ups
  });
});

describe("requestActivationLink", () => {
  it("answers the same for any address and sends a link only to an unactivated account", async () => {
    const db = await getDb();
    const active = uniqueEmail();
    await activeAccount(db, active);
    expect(await requestActivationLink(uniqueEmail("inconnu"), { now: T0 })).toEqual({ queued: false });
    expect(await requestActivationLink(active, { now: T0 })).toEqual({ queued: false });
    await deliverMail();
    expect(sent).toHaveLength(0);

    const pending = uniqueEmail();
    await signUp(candidateInput(pending), { now: T0 });
    const first = await tokenFromMail(pending, "/activer");
    expect(await requestActivationLink(pending.toUpperCase(), { now: hours(1) })).toEqual({ queued: true });
    const second = await tokenFromMail(pending, "/activer");
    expect(second).not.toBe(first);
    // Both links work until one is used.
    expect((await inspectLink(first, "ACTIVATION", { now: hours(2) })).state).toBe("valide");
    expect(await activateAccount(second, { now: hours(2) })).toEqual({ outcome: "active" });
    expect(await activateAccount(first, { now: hours(2) })).toEqual({ outcome: "deja_active" });
  });

  it(`sends at most ${MAILS_PER_HOUR} activation mails an hour to one account`, async () => {
    const email = uniqueEmail();
    await signUp(candidateInput(email), { now: T0 });
    const results = [];
    for (let i = 0; i < MAILS_PER_HOUR + 1; i++) results.push((await requestActivationLink(email, { now: new Date(T0.getTime() + (i + 1) * 60_000) })).queued);
    expect(results).toEqual([true, true, true, true, false, false]);
    expect((await mailsTo(email))).toHaveLength(MAILS_PER_HOUR);
    expect((await requestActivationLink(email, { now: hours(1.2) })).queued).toBe(true);
  });
});

describe("isUniqueViolation", () => {
  it("recognises a duplicate address inside and outside a transaction, on this database's adapter", async () => {
    const { isUniqueViolation } = await import("@/lib/server/unique-violation");
    const db = await getDb();
    const email = uniqueEmail();
    await activeAccount(db, email);
    const duplicate = { email, emailNormalized: email, nomNaissance: "Double", prenoms: "Alex" };
    const outside = await db.account.create({ data: duplicate }).catch((e: unknown) => e);
    const inside = await db.$transaction((tx) => tx.account.create({ data: duplicate })).catch((e: unknown) => e);
    expect(isUniqueViolation(outside)).toBe(true);
    expect(isUniqueViolation(inside)).toBe(true);
    expect(isUniqueViolation(new Error("autre"))).toBe(false);
  });
});
