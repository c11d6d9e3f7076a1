import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("./boss", () => ({ getBoss: vi.fn(), registerWorkerId: vi.fn() }));
vi.mock("./handlers", () => ({ HANDLERS: {} }));

const { workBatch } = await import("./worker");

describe("workBatch", () => {
  it("works every job of a batch in order; one that throws is failed alone and the others are done", async () => {
    const done: string[] = [];
    const failed: [string, string][] = [];
    await workBatch(
      [{ id: "a" }, { id: "b" }, { id: "c" }],
      async (job) => {
        if (job.id === "b") throw new Error("relais SMTP injoignable");
        done.push(job.id);
      },
      async (job, error) => {
        failed.push([job.id, (error as Error).message]);
      },
    );
    expect(done).toEqual(["a", "c"]);
    expect(failed).toEqual([["b", "relais SMTP injoignable"]]);
  });
});
