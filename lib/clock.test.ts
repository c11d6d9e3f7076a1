import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({
  testClock: undefined as boolean | undefined,
  cookie: undefined as string | undefined,
  host: "localhost:3600" as string | null,
}));

vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "portail-test-now" && state.cookie !== undefined ? { name, value: state.cookie } : undefined),
  }),
  headers: async () => new Headers(state.host === null ? {} : { host: state.host }),
}));
vi.mock("./env", () => ({ env: () => ({ TEST_CLOCK: state.testClock }) }));

const { now, parseTestNow } = await import("./clock");

describe("parseTestNow", () => {
  it("reads an ISO instant with Z or an offset", () => {
    expect(parseTestNow("2023-11-20T09:00:00.000Z")?.toISOString()).toBe("2023-11-20T09:00:00.000Z");
    expect(parseTestNow("2023-11-20T10:00+01:00")?.toISOString()).toBe("2023-11-20T09:00:00.000Z");
  });

  it("refuses a missing value, a local time without zone, a date alone and nonsense", () => {
    for (const value of [undefined, "", "2023-11-20T10:00", "2023-11-20", "demain", "2023-13-45T10:00:00Z", "1700000000000"]) {
      expect(parseTestNow(value), String(value)).toBeNull();
    }
  });
});

describe("now", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-15T12:00:00Z"), toFake: ["Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
    state.testClock = undefined;
    state.cookie = undefined;
    state.host = "localhost:3600";
  });

  it("is the machine's time when TEST_CLOCK is off, whatever the cookie says", async () => {
    state.cookie = "2023-11-20T09:00:00Z";
    expect((await now()).toISOString()).toBe("2026-01-15T12:00:00.000Z");
  });

  it("follows the cookie when TEST_CLOCK is on", async () => {
    state.testClock = true;
    state.cookie = "2023-11-20T09:00:00Z";
    expect((await now()).toISOString()).toBe("2023-11-20T09:00:00.000Z");
  });

  it("follows it only for a request addressed to this machine by name", async () => {
    state.testClock = true;
    state.cookie = "2023-11-20T09:00:00Z";
    for (const host of ["127.0.0.1:3600", "[::1]:3600", "localhost"]) {
      state.host = host;
      expect((await now()).toISOString(), host).toBe("2023-11-20T09:00:00.000Z");
    }
    // A proxy passing the public name on, a forged name, no Host at all: the real time.
    for (const host of ["candidats.example.fr", "localhost.example.fr", "localhost:3600@candidats.example.fr", "", null]) {
      state.host = host;
      expect((await now()).toISOString(), String(host)).toBe("2026-01-15T12:00:00.000Z");
    }
  });

  it("ignores an invalid cookie and a missing one", async () => {
    state.testClock = true;
    state.cookie = "pas une date";
    expect((await now()).toISOString()).toBe("2026-01-15T12:00:00.000Z");
    state.cookie = undefined;
    expect((await now()).toISOString()).toBe("2026-01-15T12:00:00.000Z");
  });
});
