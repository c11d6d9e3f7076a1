// Fuzzing the account forms' schemas [issue 7 §9]: whatever a forged POST carries, parsing never
// throws, a refusal speaks French beside its field, and what is accepted can be stored or looked
// up in PostgreSQL (no NUL, no unpaired surrogate).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { z } from "zod";
import { anyFormData, anyRecord, expectFrenchMessage, expectStorable } from "@/tests/fixtures/fuzz";
import { todayIn } from "./birth-date";
import {
  CREATE_ACCOUNT_FIELDS,
  changeEmailSchema,
  changePasswordSchema,
  createAccountSchema,
  emailOnlySchema,
  identitySchema,
  inviteStaffSchema,
  newPasswordSchema,
  signInSchema,
} from "./schemas";

const RUNS = { numRuns: 150 };
const TODAY = todayIn(new Date("2026-11-22T12:00:00Z"));
const PASSWORD = "Essai-Fuzz-2026!";
const EMAIL = "nom.prenom@example.fr";

const IDENTITE = { civilite: "MADAME", nomNaissance: "Exemple", nomUsage: "", prenoms: "Camille Marie", dateNaissance: "14/03/2001", paysNaissance: "FR" };

/** Each form: its schema, its fields and a valid submission. */
const FORMS: Record<string, { schema: z.ZodType; valid: Record<string, string> }> = {
  creerCompte: {
    schema: createAccountSchema(TODAY),
    valid: { ...IDENTITE, nomNaissanceConfirmation: "Exemple", dateNaissanceConfirmation: "14/03/2001", email: EMAIL, emailConfirmation: EMAIL, password: PASSWORD, passwordConfirmation: PASSWORD },
  },
  connexion: { schema: signInSchema, valid: { email: EMAIL, password: PASSWORD } },
  adresseSeule: { schema: emailOnlySchema, valid: { email: EMAIL } },
  nouveauMotDePasse: { schema: newPasswordSchema, valid: { token: "x".repeat(43), password: PASSWORD, passwordConfirmation: PASSWORD } },
  changerMotDePasse: { schema: changePasswordSchema, valid: { currentPassword: "Ancien-Secret-2025!", password: PASSWORD, passwordConfirmation: PASSWORD } },
  changerAdresse: { schema: changeEmailSchema, valid: { email: EMAIL, emailConfirmation: EMAIL, currentPassword: PASSWORD } },
  identite: { schema: identitySchema(TODAY), valid: IDENTITE },
  inviterPersonnel: { schema: inviteStaffSchema, valid: { role: "GESTIONNAIRE", academieId: "cmacademie000000000000000", email: EMAIL, nomNaissance: "Fictif", prenoms: "Claude" } },
};
const NAMES = Object.keys(FORMS);

function check(name: string, input: unknown) {
  const { schema } = FORMS[name]!;
  const result = schema.safeParse(input);
  if (result.success) {
    // Passwords are hashed and a token is shape-checked before its hash is looked up
    // (lib/server/accounts/token.ts); everything else is stored or looked up as text.
    const { password: _p, currentPassword: _c, token: _t, ...stored } = result.data as Record<string, unknown>;
    expectStorable(stored, name);
    return;
  }
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) expectFrenchMessage(issue.message, `${name} ${issue.path.join(".")}`);
}

const oneFieldOff = (name: string) => {
  const { valid } = FORMS[name]!;
  return fc.tuple(fc.constantFrom(...Object.keys(valid)), anyRecord(["v"]).map((r) => r.v)).map(([field, value]) => ({ ...valid, [field]: value }));
};

describe("account schemas on arbitrary input", () => {
  it("covers every field of the sign-up form", () => {
    expect(Object.keys(FORMS.creerCompte!.valid).sort()).toEqual([...CREATE_ACCOUNT_FIELDS].sort());
  });

  test.prop([fc.constantFrom(...NAMES).chain((name) => fc.oneof(anyRecord(Object.keys(FORMS[name]!.valid), FORMS[name]!.valid), oneFieldOff(name)).map((input) => [name, input] as const))], RUNS)(
    "never throw; refuse in French; accept only what PostgreSQL can store",
    ([name, input]) => check(name, input),
  );

  test.prop([fc.constantFrom(...NAMES).chain((name) => anyFormData(Object.keys(FORMS[name]!.valid), FORMS[name]!.valid).map((data) => [name, data] as const))], RUNS)(
    "the same through FormData, as the actions read it (Object.fromEntries: the last of a repeated name)",
    ([name, data]) => check(name, Object.fromEntries(data)),
  );
});

// What the properties above found, kept as examples: each reached PostgreSQL and failed there (a 500).
describe("defects found by fuzzing", () => {
  it.each(["nom\u0000@example.fr", "nom@exa\u0000mple.fr", "nom\ud800@example.fr", "nom\u0007@example.fr"])("an address with a control character or an unpaired surrogate (%j) is refused by every form", (email) => {
    for (const name of ["creerCompte", "adresseSeule", "changerAdresse", "inviterPersonnel", "connexion"]) {
      const { schema, valid } = FORMS[name]!;
      const result = schema.safeParse({ ...valid, email, emailConfirmation: email });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues.find((i) => i.path[0] === "email")?.message, name).toMatch(/^L’adresse mail n’est pas valide/);
    }
  });

  it("an invitation names an académie by its id, not any text", () => {
    for (const academieId of ["a\u0000b", "x\udfffy", "Clermont-Ferrand ?"]) {
      const result = inviteStaffSchema.safeParse({ ...FORMS.inviterPersonnel!.valid, academieId });
      expect(result.error?.issues.map((i) => i.path[0])).toEqual(["academieId"]);
    }
  });
});
