import { describe, expect, it } from "vitest";
import { authSessionState, sessionExpiresAt, shouldTouch } from "./auth-session";

const T0 = new Date("2026-11-22T08:00:00Z");
const plus = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

describe("authSessionState: idle 30 min, absolute 12 h", () => {
  const base = { lastSeenAt: T0, expiresAt: sessionExpiresAt(T0), revokedAt: null, accountValid: true };
  it.each([
    ["just signed in", base, T0, "active"],
    ["29 minutes idle", base, plus(29 * MIN), "active"],
    ["30 minutes idle", base, plus(30 * MIN), "inactive"],
    ["active but 12 h after sign-in", { ...base, lastSeenAt: plus(720 * MIN - 1) }, plus(720 * MIN), "expiree"],
    ["revoked (sign-out)", { ...base, revokedAt: plus(MIN) }, plus(2 * MIN), "revoquee"],
    ["password reset elsewhere (session version changed)", { ...base, accountValid: false }, plus(MIN), "revoquee"],
  ] as const)("%s → %s", (_, facts, now, expected) => {
    expect(authSessionState(facts, now)).toBe(expected);
  });

  it("writes lastSeenAt at most once a minute", () => {
    expect(shouldTouch(T0, plus(59_999))).toBe(false);
    expect(shouldTouch(T0, plus(MIN))).toBe(true);
  });
});
