import { describe, expect, it } from "vitest";
import { combineDecisions, decideThrottle, type Attempt } from "./throttle";

const T0 = Date.parse("2026-11-22T10:00:00Z");
const min = (m: number) => new Date(T0 + m * 60_000);
const failures = (...minutes: number[]): Attempt[] => minutes.map((m) => ({ at: min(m), success: false }));
const success = (m: number): Attempt => ({ at: min(m), success: true });
const range = (n: number, from = 0, step = 0) => Array.from({ length: n }, (_, i) => from + i * step);

describe("decideThrottle: 10 failures in 15 minutes lock for 15 minutes", () => {
  const byAccount = { resetOnSuccess: true };
  const cases: [string, Attempt[], number, ReturnType<typeof decideThrottle>][] = [
    ["no attempt", [], 0, { locked: false, remaining: 10 }],
    ["9 failures", failures(...range(9)), 1, { locked: false, remaining: 1 }],
    ["10 failures at once", failures(...range(10)), 0, { locked: true, until: min(15) }],
    ["10 failures, one a minute: locked until the 10th + 15", failures(...range(10, 0, 1)), 9, { locked: true, until: min(24) }],
    ["still locked one minute before the end", failures(...range(10, 0, 1)), 23, { locked: true, until: min(24) }],
    ["unlocked at the end, with a fresh count", failures(...range(10, 0, 1)), 24, { locked: false, remaining: 10 }],
    ["10 failures spread over more than 15 minutes do not lock", failures(...range(10, 0, 15 / 9 + 0.01)), 16, { locked: false, remaining: 1 }],
    ["failures older than the window do not count", failures(...range(5, 0), ...range(5, 20)), 21, { locked: false, remaining: 5 }],
    ["a success clears earlier failures", [...failures(...range(9)), success(1), ...failures(2)], 3, { locked: false, remaining: 9 }],
    ["attempts in the future (clock set back) are ignored", failures(...range(10, 60)), 0, { locked: false, remaining: 10 }],
  ];
  it.each(cases)("%s", (_, attempts, at, expected) => {
    expect(decideThrottle(attempts, min(at), byAccount)).toEqual(expected);
  });

  it("by IP, a success does not clear failures", () => {
    const attempts = [...failures(...range(9)), success(1), ...failures(2)];
    expect(decideThrottle(attempts, min(3), { resetOnSuccess: false })).toEqual({ locked: true, until: min(17) });
  });

  it("failures before a password change do not count", () => {
    expect(decideThrottle(failures(...range(10)), min(1), { resetOnSuccess: true, since: min(0.5) })).toEqual({ locked: false, remaining: 10 });
  });
});

describe("combineDecisions", () => {
  it("is locked until the latest unlock when any key is locked", () => {
    expect(combineDecisions({ locked: true, until: min(10) }, { locked: false, remaining: 3 }, { locked: true, until: min(20) })).toEqual({ locked: true, until: min(20) });
  });
  it("otherwise keeps the fewest remaining", () => {
    expect(combineDecisions({ locked: false, remaining: 7 }, { locked: false, remaining: 2 })).toEqual({ locked: false, remaining: 2 });
  });
});
