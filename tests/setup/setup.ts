import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// A console.error during a test is a failure.
let errorSpy: MockInstance<typeof console.error>;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (calls.length > 0) throw new Error(`console.error called during the test: ${calls.map((c) => c.map(String).join(" ")).join(" | ")}`);
});
