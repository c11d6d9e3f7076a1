import { describe, expect, it } from "vitest";
import { fixedClock } from "../clock";
import { isTokenExpired, tokenExpiresAt, tokenState, type TokenKind } from "./tokens";

const T0 = new Date("2026-11-22T10:00:00Z");
const at = (iso: string) => fixedClock(new Date(iso));

describe("token lifetimes", () => {
  it.each<[TokenKind, string]>([
    ["ACTIVATION", "2026-11-24T10:00:00.000Z"],
    ["PASSWORD_RESET", "2026-11-22T11:00:00.000Z"],
    ["EMAIL_CHANGE", "2026-11-23T10:00:00.000Z"],
    ["INVITATION", "2026-11-29T10:00:00.000Z"],
  ])("%s expires at %s", (kind, expected) => {
    expect(tokenExpiresAt(kind, fixedClock(T0)).toISOString()).toBe(expected);
  });
});

describe("tokenState with an injected clock", () => {
  const activation = { expiresAt: tokenExpiresAt("ACTIVATION", fixedClock(T0)), usedAt: null };
  it.each([
    ["2026-11-22T10:00:00Z", "valide"],
    ["2026-11-24T09:59:59.999Z", "valide"], // 47 h 59 min 59.999 s
    ["2026-11-24T10:00:00Z", "expire"], // exactly 48 h
    ["2026-11-24T11:00:00Z", "expire"], // 49 h
  ])("activation link at %s is %s", (now, expected) => {
    expect(tokenState(activation, at(now))).toBe(expected);
    expect(isTokenExpired(activation, at(now))).toBe(expected === "expire");
  });

  it("a used link stays used, even after expiry", () => {
    const used = { ...activation, usedAt: new Date("2026-11-22T10:05:00Z") };
    expect(tokenState(used, at("2026-11-22T10:06:00Z"))).toBe("utilise");
    expect(tokenState(used, at("2026-12-01T00:00:00Z"))).toBe("utilise");
  });

  it("a reset link lasts one hour", () => {
    const reset = { expiresAt: tokenExpiresAt("PASSWORD_RESET", fixedClock(T0)), usedAt: null };
    expect(tokenState(reset, at("2026-11-22T10:59:00Z"))).toBe("valide");
    expect(tokenState(reset, at("2026-11-22T11:00:00Z"))).toBe("expire");
  });
});
