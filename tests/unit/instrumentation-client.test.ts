import { describe, expect, it } from "vitest";

describe("instrumentation-client", () => {
  it("turns zod's JIT off without importing zod: zod takes up the configuration it finds on globalThis", async () => {
    await import("@/instrumentation-client");
    const { config } = await import("zod/v4/core");
    expect(config().jitless).toBe(true);
  });
});
