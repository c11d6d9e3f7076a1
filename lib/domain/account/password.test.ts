import { describe, expect, it } from "vitest";
import { checkPassword, passwordErrorMessage, type PasswordPart } from "./password";

describe("checkPassword (8 à 20 caractères dont majuscule, minuscule et caractère spécial)", () => {
  const cases: [string, PasswordPart[]][] = [
    ["Abcdef!1", []],
    ["Abcdefg!", []],
    ["Demo-Candidat-2026!", []],
    ["Été*2026", []], // accented capital counts as upper-case
    ["Ab!defgh", []],
    ["Abcdefghijklmnopqr!s", []], // exactly 20
    ["Abcdefghijklmnopqrs!t", ["longueur"]], // 21
    ["Ab!d", ["longueur"]],
    ["abcdef!1", ["majuscule"]],
    ["ABCDEF!1", ["minuscule"]],
    ["Abcdefgh", ["special"]],
    ["Abcdefg1", ["special"]],
    ["Abc defg", ["special"]], // a space is not a special character
    ["abcdefgh", ["majuscule", "special"]],
    ["12345678", ["majuscule", "minuscule", "special"]],
    ["", ["longueur", "majuscule", "minuscule", "special"]],
    ["Aé!😀xyzw", []], // an emoji is one character and a special one
  ];
  it.each(cases)("%j fails %j", (password, failing) => {
    const check = checkPassword(password);
    expect(check.failing).toEqual(failing);
    expect(check.ok).toBe(failing.length === 0);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkPassword("Aé!😀").length).toBe(4);
  });

  it("refuses control characters even when every part passes", () => {
    const check = checkPassword("Abcdef!1\t");
    expect(check.failing).toEqual([]);
    expect(check.ok).toBe(false);
    expect(passwordErrorMessage(check)).toMatch(/tabulation/);
  });
});

describe("passwordErrorMessage", () => {
  const cases: [string, RegExp | null][] = [
    ["Abcdef!1", null],
    ["", /^Choisissez un mot de passe/],
    ["Ab!d", /trop court : 4 caractères sur 8 au minimum\.$/],
    ["A!b", /trop court : 3 caractères/],
    ["Abcdefghijklmnopqrs!tu", /trop long : 22 caractères sur 20 au maximum\./],
    ["abcdefgh", /^Il doit contenir au moins une lettre majuscule et un caractère spécial/],
    ["12345678", /au moins une lettre majuscule, une lettre minuscule et un caractère spécial/],
    ["ab", /trop court : 2 caractères sur 8 au minimum\. Il doit contenir au moins une lettre majuscule et un caractère spécial/],
  ];
  it.each(cases)("%j → %s", (password, expected) => {
    const message = passwordErrorMessage(checkPassword(password));
    if (expected === null) expect(message).toBeNull();
    else expect(message?.replace(/\u00a0/g, " ")).toMatch(expected);
  });

  it("uses French typography (no-break space before the colon)", () => {
    expect(passwordErrorMessage(checkPassword("Ab!d"))).toContain("court\u00a0:");
  });
});
