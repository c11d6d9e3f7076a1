import { describe, expect, it } from "vitest";
import { isEmailShape, normalizeEmail } from "./email";
import { isNameShape, normalizeName, sameEmail, sameName, samePassword } from "./identity";

describe("confirmations", () => {
  it.each([
    ["Dupont", "Dupont", true],
    ["Dupont", " DUPONT ", true],
    ["de La  Fontaine", "De la Fontaine", true],
    ["N'Diaye", "N’Diaye", true],
    ["Hélène", "Helene", false],
    ["Dupont", "Dupond", false],
    ["Dupont", "", false],
  ])("sameName(%j, %j) is %s", (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });

  it.each([
    ["nom.prenom@domaine.fr", "Nom.Prenom@Domaine.FR", true],
    [" nom.prenom@domaine.fr", "nom.prenom@domaine.fr ", true],
    ["nom.prenom@domaine.fr", "nom.prenom@domaine.com", false],
    ["nom.prenom@domaine.fr", "nomprenom@domaine.fr", false],
  ])("sameEmail(%j, %j) is %s", (a, b, expected) => {
    expect(sameEmail(a, b)).toBe(expected);
  });

  it.each([
    ["Abcdef!1", "Abcdef!1", true],
    ["Abcdef!1", "abcdef!1", false],
    ["Abcdef!1", "Abcdef!1 ", false],
  ])("samePassword(%j, %j) is %s", (a, b, expected) => {
    expect(samePassword(a, b)).toBe(expected);
  });
});

describe("names", () => {
  it("normalises spaces and apostrophes", () => {
    expect(normalizeName("  d’Artagnan   de  Castelmore ")).toBe("d'Artagnan de Castelmore");
  });
  it.each([
    ["Dupont", true],
    ["Le Guen-Moreau", true],
    ["N'Diaye", true],
    ["Ørsted", true],
    ["Zoë", true],
    ["St. Martin", true],
    ["Dupont2", false],
    ["-Dupont", false],
    ["", false],
    ["x".repeat(101), false],
  ])("isNameShape(%j) is %s", (name, expected) => {
    expect(isNameShape(name)).toBe(expected);
  });
});

describe("e-mail", () => {
  it("normalises case and surrounding spaces", () => {
    expect(normalizeEmail("  Camille.Exemple@Example.FR ")).toBe("camille.exemple@example.fr");
  });
  it.each([
    ["nom.prenom@domaine.fr", true],
    ["nom+tag@sous.domaine.fr", true],
    ["nom@domaine", false],
    ["nom prenom@domaine.fr", false],
    ["nom@@domaine.fr", false],
    ["nom..prenom@domaine.fr", false],
    ["@domaine.fr", false],
    ["nom@domaine.f", false],
    [`${"a".repeat(250)}@domaine.fr`, false],
  ])("isEmailShape(%j) is %s", (email, expected) => {
    expect(isEmailShape(email)).toBe(expected);
  });
});
