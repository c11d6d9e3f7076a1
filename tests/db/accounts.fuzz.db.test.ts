// Fuzzing the account services behind the public forms [issue 7 §9]: any token a link or a forged
// post can carry, and anything the forms' schemas let through, gets an answer the form turns into
// French (no rejection, hence no 500), and a refusal leaves the accounts as they were.
import { afterAll, beforeAll, describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { PrismaClient } from "@prisma/client";
import { getDb } from "@/lib/db";
import { todayIn } from "@/lib/domain/account/birth-date";
import { ACTIVATION_LINK_MESSAGES, EMAIL_CHANGE_LINK_MESSAGES, INVITATION_LINK_MESSAGES, RESET_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { createAccountSchema, emailOnlySchema, signInSchema } from "@/lib/domain/account/schemas";
import { signInRefusalMessage } from "@/lib/domain/account/sign-in-messages";
import { setMailerForTests } from "@/lib/mail";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { activateAccount } from "@/lib/server/accounts/activate-account";
import { confirmEmailChange } from "@/lib/server/accounts/confirm-email-change";
import { createAccount } from "@/lib/server/accounts/create-account";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { requestActivationLink } from "@/lib/server/accounts/request-activation-link";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { resetPassword } from "@/lib/server/accounts/reset-password";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { activeAccount } from "./accounts-helpers";
import { anyRecord, anyText, expectFrenchMessage } from "../fixtures/fuzz";

const NOW = new Date("2026-11-22T09:00:00Z");
// Each run is a few queries, some an argon2 hash: 30 keep the file within seconds.
const RUNS = { numRuns: 30 };
const PASSWORD = "Essai-Fuzz-2026!";

let db: PrismaClient;
let victim: { id: string; email: string };

/** What a refused call must leave alone: every account and every link still usable. */
async function snapshot() {
  const [accounts, tokens] = await Promise.all([
    db.account.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, emailNormalized: true, passwordHash: true, activatedAt: true, sessionVersion: true, nomNaissance: true } }),
    db.accountToken.findMany({ orderBy: { id: "asc" }, select: { id: true, usedAt: true } }),
  ]);
  return JSON.stringify({ accounts, tokens });
}

/** A token as a link or a hidden field may carry it: any text, or one of the right shape. */
const anyToken = fc.oneof(anyText, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/));

beforeAll(async () => {
  db = await getDb();
  setMailerForTests({ send: async () => undefined });
  victim = await activeAccount(db, `victime.${Date.now()}@example.fr`);
}, 60_000);
afterAll(() => setMailerForTests(null));

describe("links from a mail, with any token", () => {
  test.prop([anyToken], RUNS)("inspect, activate, confirm an address, reset a password, accept an invitation: an outcome with its French message, nothing changed", async (token) => {
    const before = await snapshot();
    for (const kind of ["ACTIVATION", "PASSWORD_RESET", "EMAIL_CHANGE", "INVITATION"] as const) expect((await inspectLink(token, kind, { now: NOW, db })).state).toBe("inconnu");

    const activation = await activateAccount(token, { now: NOW, ip: "198.51.100.9", db });
    expectFrenchMessage(ACTIVATION_LINK_MESSAGES[activation.outcome as keyof typeof ACTIVATION_LINK_MESSAGES]?.description, `activer ${activation.outcome}`);
    const adresse = await confirmEmailChange(token, { now: NOW, ip: "198.51.100.9", db });
    expectFrenchMessage(EMAIL_CHANGE_LINK_MESSAGES[adresse.outcome as keyof typeof EMAIL_CHANGE_LINK_MESSAGES]?.description, `confirmer ${adresse.outcome}`);
    const reset = await resetPassword({ token, password: PASSWORD }, { now: NOW, ip: "198.51.100.9", db });
    expectFrenchMessage(RESET_LINK_MESSAGES[reset.outcome as keyof typeof RESET_LINK_MESSAGES]?.description, `réinitialiser ${reset.outcome}`);
    const invitation = await acceptInvitation({ token, password: PASSWORD }, { now: NOW, ip: "198.51.100.9", db });
    expectFrenchMessage(INVITATION_LINK_MESSAGES[invitation.outcome as keyof typeof INVITATION_LINK_MESSAGES]?.description, `invitation ${invitation.outcome}`);

    expect(await snapshot()).toBe(before);
  });
});

describe("public forms, through their schema, with any input", () => {
  test.prop([anyRecord(["email", "password"], { email: "x@example.fr", password: PASSWORD })], RUNS)(
    "Se connecter: refused in French (schema or service), and no account changes",
    async (input) => {
      const before = await snapshot();
      const parsed = signInSchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) expectFrenchMessage(issue.message, "connexion");
        return;
      }
      const result = await signInWithPassword({ ...parsed.data, ip: "198.51.100.10" }, { now: NOW, db });
      expect(result.ok).toBe(false);
      if (!result.ok) expectFrenchMessage(signInRefusalMessage(result.code), `connexion ${result.code}`);
      expect(await snapshot()).toBe(before);
    },
  );

  test.prop([anyRecord(["email"], { email: "inconnu@example.fr" })], RUNS)("Mot de passe oublié, nouveau lien d'activation: any accepted address gets an answer, and no account changes", async (input) => {
    const before = await snapshot();
    const parsed = emailOnlySchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) expectFrenchMessage(issue.message, "adresse");
      return;
    }
    await requestPasswordReset(parsed.data.email, { now: NOW, ip: "198.51.100.11", db });
    await requestActivationLink(parsed.data.email, { now: NOW, ip: "198.51.100.11", db });
    // Unknown addresses: nothing to issue. The victim's own address is left out by the generator.
    expect(await snapshot()).toBe(before);
  });

  const email = `fuzz.${Date.now()}@example.fr`;
  const valid = {
    civilite: "MADAME",
    nomNaissance: "Exemple",
    nomNaissanceConfirmation: "Exemple",
    nomUsage: "",
    prenoms: "Camille",
    dateNaissance: "14/03/2001",
    dateNaissanceConfirmation: "14/03/2001",
    paysNaissance: "FR",
    email,
    emailConfirmation: email,
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
  };
  test.prop([anyRecord(Object.keys(valid), valid)], RUNS)("Créer mon compte: whatever the schema lets through is created or answered neutrally, never a crash", async (input) => {
    const parsed = createAccountSchema(todayIn(NOW)).safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) expectFrenchMessage(issue.message, "créer");
      return;
    }
    const result = await createAccount(parsed.data, { now: NOW, ip: "198.51.100.12", db });
    if (result.outcome === "limite") expectFrenchMessage(result.message, "créer limite");
    else expect(typeof result.accountId).toBe("string");
    // The victim is never touched by someone else's sign-up.
    expect(await db.account.findUniqueOrThrow({ where: { id: victim.id }, select: { email: true } })).toEqual({ email: victim.email });
  });
});
