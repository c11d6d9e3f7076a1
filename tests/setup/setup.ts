import { afterEach, beforeEach, vi } from "vitest";

// A console.error during a test is a failure.
let errorSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (calls.length > 0) throw new Error(`console.error called during the test: ${calls.map((c) => c.map(String).join(" ")).join(" | ")}`);
});
