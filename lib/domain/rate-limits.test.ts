import { describe, expect, it } from "vitest";
import { RATE_LIMITS, rateLimitMessage, SIGN_IN_LIMITS } from "./rate-limits";

describe("RATE_LIMITS", () => {
  it("gives every rule a reason, and keeps per-IP limits well above per-address or per-account ones", () => {
    for (const [name, rule] of Object.entries(RATE_LIMITS)) {
      expect(rule.why.length, name).toBeGreaterThan(20);
      expect(rule.points, name).toBeGreaterThan(0);
    }
    const pairs: [keyof typeof RATE_LIMITS, keyof typeof RATE_LIMITS][] = [
      ["creation-compte:ip", "creation-compte:adresse"],
      ["lien-activation:ip", "lien-activation:adresse"],
      ["mot-de-passe-oublie:ip", "mot-de-passe-oublie:adresse"],
      ["changement-mot-de-passe:ip", "changement-mot-de-passe:compte"],
      ["changement-adresse:ip", "changement-adresse:compte"],
    ];
    for (const [ip, own] of pairs) expect(RATE_LIMITS[ip].points).toBeGreaterThanOrEqual(10 * RATE_LIMITS[own].points);
    // A class of 35 pupils behind one NAT address can all sign up, and all mistype a few passwords.
    expect(RATE_LIMITS["creation-compte:ip"].points).toBeGreaterThanOrEqual(70);
    expect(SIGN_IN_LIMITS.ip.failures).toBeGreaterThanOrEqual(5 * SIGN_IN_LIMITS.compte.failures);
  });
});

describe("rateLimitMessage", () => {
  it("says in French when to try again, on the Paris clock", () => {
    const now = new Date("2026-11-30T13:20:10Z");
    expect(rateLimitMessage(new Date("2026-11-30T13:31:40Z"), now)).toBe(
      "Trop de demandes ont été faites en peu de temps. Par sécurité, réessayez dans 12 minutes, à partir de 14\u00a0h\u00a031 (heure de Paris). Rien n’a été enregistré.",
    );
  });
  it("never says zero minutes, and speaks in hours for long waits", () => {
    const now = new Date("2026-07-01T10:00:00Z");
    expect(rateLimitMessage(new Date("2026-07-01T10:00:05Z"), now)).toContain("dans 1 minute,");
    expect(rateLimitMessage(new Date("2026-07-01T13:00:00Z"), now)).toContain("dans 3 heures, à partir de 15\u00a0h\u00a000");
  });
});
