import { describe, expect, it } from "vitest";
import { createAccountSchema, inviteStaffSchema, signInSchema } from "./schemas";

const TODAY = { year: 2026, month: 11, day: 22 };
const valid = {
  civilite: "MADAME",
  nomNaissance: "  Exemple ",
  nomNaissanceConfirmation: "EXEMPLE",
  nomUsage: "",
  prenoms: "Camille  Marie",
  dateNaissance: "14/03/2001",
  dateNaissanceConfirmation: "14-03-2001",
  paysNaissance: "FR",
  email: " Camille.Exemple@Example.fr",
  emailConfirmation: "camille.exemple@example.fr",
  password: "Mot-de-passe-1!",
  passwordConfirmation: "Mot-de-passe-1!",
};

function errorsOf(input: Record<string, unknown>) {
  const result = createAccountSchema(TODAY).safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'")]));
}

describe("createAccountSchema (Cyclades' account form)", () => {
  it("accepts a complete form and normalises it", () => {
    const result = createAccountSchema(TODAY).safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      civilite: "MADAME",
      nomNaissance: "Exemple",
      nomUsage: null,
      prenoms: "Camille Marie",
      dateNaissance: { year: 2001, month: 3, day: 14 },
      paysNaissance: "FR",
      email: "Camille.Exemple@Example.fr",
      password: "Mot-de-passe-1!",
    });
  });

  it("asks for every required field, each beside its own", () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(
      ["civilite", "dateNaissance", "dateNaissanceConfirmation", "email", "emailConfirmation", "nomNaissance", "nomNaissanceConfirmation", "paysNaissance", "password", "passwordConfirmation", "prenoms"].sort(),
    );
    expect(errors.nomUsage).toBeUndefined();
  });

  it.each([
    ["nomNaissanceConfirmation", { nomNaissanceConfirmation: "Exempel" }, "La confirmation ne correspond pas au nom de naissance saisi"],
    ["dateNaissanceConfirmation", { dateNaissanceConfirmation: "14/03/2002" }, "La confirmation ne correspond pas à la date de naissance saisie"],
    ["emailConfirmation", { emailConfirmation: "camille.exemple@example.com" }, "La confirmation ne correspond pas à l'adresse mail saisie"],
    ["passwordConfirmation", { passwordConfirmation: "Mot-de-passe-1?" }, "La confirmation ne correspond pas au mot de passe saisi"],
    ["password", { password: "motdepasse", passwordConfirmation: "motdepasse" }, "au moins une lettre majuscule et un caractère spécial"],
    ["dateNaissance", { dateNaissance: "31/02/2001", dateNaissanceConfirmation: "31/02/2001" }, "Cette date n'existe pas"],
    ["dateNaissance", { dateNaissance: "01/01/2020", dateNaissanceConfirmation: "01/01/2020" }, "au moins 14 ans"],
    ["dateNaissance", { dateNaissance: "01/01/1900", dateNaissanceConfirmation: "01/01/1900" }, "plus de 100 ans"],
    ["dateNaissance", { dateNaissance: "2001", dateNaissanceConfirmation: "2001" }, "au format jj/mm/aaaa"],
    ["paysNaissance", { paysNaissance: "GP" }, "France pour une naissance en outre-mer"],
    ["email", { email: "camille@", emailConfirmation: "camille@" }, "n'est pas valide"],
    ["nomNaissance", { nomNaissance: "Exemple2", nomNaissanceConfirmation: "Exemple2" }, "que des lettres"],
    ["civilite", { civilite: "AUTRE" }, "Madame ou Monsieur"],
  ])("%s: %j → %s", (field, change, message) => {
    expect(errorsOf({ ...valid, ...change })[field]).toContain(message);
  });
});

describe("other forms", () => {
  it("sign-in only needs both fields", () => {
    expect(signInSchema.safeParse({ email: " a@b.fr ", password: "x" }).data).toEqual({ email: "a@b.fr", password: "x" });
    expect(signInSchema.safeParse({ email: "", password: "" }).error?.issues.map((i) => i.path[0])).toEqual(["email", "password"]);
  });

  it("an invitation needs an académie except for a national admin", () => {
    const base = { email: "g@example.fr", nomNaissance: "Fictif", prenoms: "Claude" };
    expect(inviteStaffSchema.safeParse({ ...base, role: "GESTIONNAIRE", academieId: "" }).error?.issues[0]?.path).toEqual(["academieId"]);
    expect(inviteStaffSchema.safeParse({ ...base, role: "ADMIN_NATIONAL", academieId: "x" }).data?.academieId).toBeNull();
    expect(inviteStaffSchema.safeParse({ ...base, role: "CANDIDAT", academieId: "x" }).success).toBe(false);
  });
});
