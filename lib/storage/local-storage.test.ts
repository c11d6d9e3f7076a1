import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assertValidKey, createLocalStorage, InvalidStorageKeyError } from "./local-storage";
import { StorageLengthMismatchError } from "./types";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "storage-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("createLocalStorage", () => {
  it("stores, reads, checks and deletes a file", async () => {
    const storage = createLocalStorage(dir);
    const key = "justificatifs/2026/01/piece-identite.pdf";
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);

    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();

    await storage.put(key, bytes);
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.get(key)).toEqual(Buffer.from(bytes));
    expect((await stat(path.join(dir, key))).mode & 0o777).toBe(0o600);

    await storage.put(key, Buffer.from("remplacé"));
    expect((await storage.get(key))?.toString("utf8")).toBe("remplacé");
    // The atomic write leaves no temporary file behind.
    expect(await readdir(path.join(dir, "justificatifs/2026/01"))).toEqual(["piece-identite.pdf"]);

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("leaves nothing behind from a stream that fails or ends at another length, and keeps the previous version", async () => {
    const storage = createLocalStorage(dir);
    await storage.put("a/b", Buffer.from("version intacte"));
    async function* coupe() {
      yield Buffer.alloc(64 * 1024);
      throw new Error("connexion coupée");
    }
    await expect(storage.put("a/b", Readable.from(coupe()), { contentLength: 100_000 })).rejects.toThrow("connexion coupée");
    await expect(storage.put("a/b", Readable.from([Buffer.alloc(10)]), { contentLength: 11 })).rejects.toBeInstanceOf(StorageLengthMismatchError);
    await expect(storage.put("a/c", Readable.from([Buffer.alloc(12)]), { contentLength: 11 })).rejects.toBeInstanceOf(StorageLengthMismatchError);
    await expect(storage.put("a/d", Readable.from(coupe()))).rejects.toThrow("connexion coupée");
    expect((await storage.get("a/b"))?.toString("utf8")).toBe("version intacte");
    expect(await readdir(path.join(dir, "a"))).toEqual(["b"]);
  });

  it("treats a folder as no file", async () => {
    const storage = createLocalStorage(dir);
    await storage.put("a/b/c", Buffer.from("x"));
    expect(await storage.exists("a/b")).toBe(false);
    expect(await storage.get("a/b")).toBeNull();
    await storage.delete("a/b");
    expect(await storage.exists("a/b/c")).toBe(true);
    // A key under an existing file is missing, not an error.
    expect(await storage.get("a/b/c/d")).toBeNull();
  });

  it("refuses keys that could leave the folder, before touching the disk", async () => {
    const storage = createLocalStorage(path.join(dir, "racine"));
    await writeFile(path.join(dir, "x"), "secret");
    for (const key of ["../x", "/etc/passwd", "a/../../x", "a/./b", "a//b", "a/", "", ".cache", "a/.b.tmp", "a\\..\\x", "é/x", "a b", "a%2f..%2fx"]) {
      await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.put(key, Buffer.from("x")), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(await readdir(dir)).toEqual(["x"]);
  });
});

describe("assertValidKey", () => {
  it("accepts ordinary keys", () => {
    for (const key of ["a", "justificatifs/2026/01/5f0c8a6e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "pdf/recapitulatif_v2.pdf", "A-b_c.d"]) {
      expect(() => assertValidKey(key)).not.toThrow();
    }
  });

  it("refuses over-long keys", () => {
    expect(() => assertValidKey("a".repeat(513))).toThrow(InvalidStorageKeyError);
  });
});
