import { describe, expect, it } from "vitest";
import { heureParis, parseRefusalCode, signInRefusalMessage } from "./sign-in-messages";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

describe("signInRefusalMessage", () => {
  it("shows the unlock time on the Paris clock", () => {
    expect(heureParis(new Date("2026-11-22T13:15:00Z"))).toBe("14\u00a0h\u00a015");
    expect(heureParis(new Date("2026-07-01T07:05:00Z"))).toBe("9\u00a0h\u00a005");
    expect(plain(signInRefusalMessage("verrouille:2026-11-22T13:15:00.000Z"))).toContain("bloquée pendant 15 minutes, jusqu'à 14 h 15 (heure de Paris)");
  });

  it.each([
    ["identifiants:9", "Adresse mail ou mot de passe incorrect."],
    ["identifiants:3", "Adresse mail ou mot de passe incorrect. Attention : après 3 nouveaux échecs"],
    ["identifiants:1", "Attention : après 1 nouvel échec,"],
    ["non_active", "n'est pas encore activé"],
    ["desactive", "désactivé"],
    ["credentials", "Adresse mail ou mot de passe incorrect."],
  ])("%s", (code, expected) => {
    expect(plain(signInRefusalMessage(code))).toContain(expected);
  });

  it("parses codes with a colon in their detail", () => {
    expect(parseRefusalCode("verrouille:2026-11-22T13:15:00.000Z")).toEqual({ kind: "verrouille", detail: "2026-11-22T13:15:00.000Z" });
  });
});
