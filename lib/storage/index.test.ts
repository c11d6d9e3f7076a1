import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("newStorageKey", () => {
  it("files keys by prefix, year and month, with a random UUID", async () => {
    const { newStorageKey } = await import("./index");
    const at = new Date("2026-01-31T23:30:00Z");
    const key = newStorageKey("justificatifs", at);
    expect(key).toMatch(/^justificatifs\/2026\/01\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newStorageKey("justificatifs", at)).not.toBe(key);
    expect(newStorageKey("pdf/recapitulatifs/", at)).toMatch(/^pdf\/recapitulatifs\/2026\/01\//);
  });

  it("refuses a prefix that would make an unsafe key", async () => {
    const { newStorageKey } = await import("./index");
    expect(() => newStorageKey("../public")).toThrow(/invalide/);
    expect(() => newStorageKey("/etc")).toThrow(/invalide/);
  });
});

describe("getStorage", () => {
  it("uses STORAGE_DIR", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "storage-"));
    try {
      vi.stubEnv("STORAGE_DIR", dir);
      vi.resetModules();
      const { getStorage, newStorageKey } = await import("./index");
      const key = newStorageKey("essais");
      await getStorage().put(key, Buffer.from("x"));
      expect(await getStorage().exists(key)).toBe(true);
      expect(await readdir(dir)).toEqual(["essais"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
