// One contract, two backends: the local folder (default) and an S3-compatible bucket, the latter
// against a real S3 server (s3rver, in-process on a free port). What is read back is compared by
// SHA-256 with what was written, since a wrong client setting corrupts streamed uploads without
// any error (UPLOADS-PDF-BACKOFFICE.md §7).
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { S3RVER_CREDENTIALS, startS3Server, type S3TestServer } from "@/tests/fixtures/s3-server";
import { createLocalStorage, InvalidStorageKeyError } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import { readAll } from "./streams";
import { StorageLengthMismatchError, type FileStorage } from "./types";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const SIX_MO = 6 * 1024 * 1024 + 12_345;

let dossier: string;
let s3: S3TestServer;
let gros: Buffer;
let grosFichier: string;

beforeAll(async () => {
  dossier = await mkdtemp(path.join(tmpdir(), "stockage-"));
  s3 = await startS3Server();
  gros = randomBytes(SIX_MO);
  grosFichier = path.join(dossier, "source.bin");
  await writeFile(grosFichier, gros);
});

afterAll(async () => {
  await s3?.stop();
  await rm(dossier, { recursive: true, force: true });
});

const s3Config = () => ({ endpoint: s3.endpoint, region: "us-east-1", bucket: s3.bucket, ...S3RVER_CREDENTIALS, forcePathStyle: true });

const BACKENDS: [string, () => FileStorage][] = [
  ["local folder", () => createLocalStorage(path.join(dossier, "racine"))],
  ["S3 (s3rver)", () => createS3Storage(s3Config())],
];

let n = 0;
const cle = () => `justificatifs/2026/01/essai-${++n}`;

describe.each(BACKENDS)("FileStorage contract: %s", (_, make) => {
  it("stores, reads, checks and deletes an object, byte for byte", async () => {
    const storage = make();
    const key = cle();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0d, 0x0a]);
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, bytes, { contentType: "application/pdf" });
    expect(await storage.exists(key)).toBe(true);
    expect(sha256((await storage.get(key))!)).toBe(sha256(bytes));
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
  });

  it("keeps a 6 MB object intact, read whole and as a stream", async () => {
    const storage = make();
    const key = cle();
    await storage.put(key, gros, { contentType: "image/jpeg" });
    expect(sha256((await storage.get(key))!)).toBe(sha256(gros));
    const object = await storage.getStream(key);
    expect(object?.size).toBe(SIX_MO);
    expect(sha256(await readAll(object!.body))).toBe(sha256(gros));
  });

  it("keeps a streamed 6 MB upload of known length intact (the aws-chunked trap)", async () => {
    const storage = make();
    const key = cle();
    await storage.put(key, createReadStream(grosFichier), { contentType: "application/pdf", contentLength: SIX_MO });
    const lu = await storage.get(key);
    expect(lu?.length).toBe(SIX_MO);
    expect(sha256(lu!)).toBe(sha256(gros));
  });

  it("keeps a streamed upload of unknown length intact", async () => {
    const storage = make();
    const key = cle();
    const morceaux = [randomBytes(70_000), randomBytes(1), randomBytes(300_000)];
    await storage.put(key, Readable.from(morceaux));
    expect(sha256((await storage.get(key))!)).toBe(sha256(Buffer.concat(morceaux)));
  });

  it("stores an empty object", async () => {
    const storage = make();
    const key = cle();
    await storage.put(key, Buffer.alloc(0));
    expect(await storage.exists(key)).toBe(true);
    expect((await storage.get(key))?.length).toBe(0);
    const object = await storage.getStream(key);
    expect(object?.size).toBe(0);
    expect((await readAll(object!.body)).length).toBe(0);
  });

  it("replaces an object", async () => {
    const storage = make();
    const key = cle();
    await storage.put(key, Buffer.from("première version"));
    await storage.put(key, Buffer.from("remplacée"));
    expect((await storage.get(key))?.toString("utf8")).toBe("remplacée");
  });

  it("answers a missing key with null and false, and deletes it without an error", async () => {
    const storage = make();
    const key = cle();
    expect(await storage.get(key)).toBeNull();
    expect(await storage.getStream(key)).toBeNull();
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("treats a key's prefix as no object", async () => {
    const storage = make();
    await storage.put("dossier/sous/objet", Buffer.from("x"));
    expect(await storage.exists("dossier/sous")).toBe(false);
    expect(await storage.get("dossier/sous")).toBeNull();
    await storage.delete("dossier/sous");
    expect(await storage.exists("dossier/sous/objet")).toBe(true);
  });

  // That nothing is left behind is checked on the local folder (local-storage.test.ts): S3 stores
  // nothing from a PUT cut short, but s3rver writes objects as they arrive.
  it("refuses, at once, a stream that ends at another length than announced", async () => {
    const storage = make();
    await expect(storage.put(cle(), Readable.from([randomBytes(1000)]), { contentLength: 1001 })).rejects.toBeInstanceOf(StorageLengthMismatchError);
    await expect(storage.put(cle(), Readable.from([randomBytes(1000)]), { contentLength: 999 })).rejects.toBeInstanceOf(StorageLengthMismatchError);
    const key = cle();
    await expect(storage.put(key, Buffer.alloc(10), { contentLength: 11 })).rejects.toBeInstanceOf(StorageLengthMismatchError);
    expect(await storage.exists(key)).toBe(false);
  });

  it("refuses, at once, a stream that fails half-way, with its error", async () => {
    const storage = make();
    async function* coupe() {
      yield randomBytes(64 * 1024);
      throw new Error("connexion coupée");
    }
    await expect(storage.put(cle(), Readable.from(coupe()), { contentLength: 200_000 })).rejects.toThrow("connexion coupée");
    const libre = cle();
    await expect(storage.put(libre, Readable.from(coupe()))).rejects.toThrow("connexion coupée");
    expect(await storage.exists(libre)).toBe(false);
  });

  it("refuses keys that are not opaque relative paths, before any request", async () => {
    const storage = make();
    for (const key of ["../x", "/etc/passwd", "a/../../x", "a//b", "", ".cache", "a b", "é/x", "a%2f..%2fx"]) {
      await expect(storage.put(key, Buffer.from("x")), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.getStream(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });
});

describe("S3 backend", () => {
  it("records the content type with the object", async () => {
    const key = cle();
    await createS3Storage(s3Config()).put(key, Buffer.from("%PDF-1.7"), { contentType: "application/pdf" });
    const client = new S3Client({ endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
    client.destroy();
    expect(head).toMatchObject({ ContentType: "application/pdf", ContentLength: 8 });
  });

  it("fails loudly when the service does not answer, instead of answering « missing »", async () => {
    const ferme = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const storage = createS3Storage({ ...s3Config(), endpoint: `http://127.0.0.1:${ferme}` });
    await expect(storage.exists(cle())).rejects.toThrow();
    await expect(storage.get(cle())).rejects.toThrow();
  });

  it("is what getStorage returns when the STORAGE_S3_* variables are set", async () => {
    vi.stubEnv("STORAGE_S3_ENDPOINT", s3.endpoint);
    vi.stubEnv("STORAGE_S3_BUCKET", s3.bucket);
    vi.stubEnv("STORAGE_S3_REGION", "us-east-1");
    vi.stubEnv("STORAGE_S3_ACCESS_KEY_ID", S3RVER_CREDENTIALS.accessKeyId);
    vi.stubEnv("STORAGE_S3_SECRET_ACCESS_KEY", S3RVER_CREDENTIALS.secretAccessKey);
    vi.stubEnv("STORAGE_S3_FORCE_PATH_STYLE", "true");
    vi.stubEnv("STORAGE_DIR", path.join(dossier, "inutilise"));
    try {
      vi.resetModules();
      const { getStorage, newStorageKey } = await import("./index");
      const key = newStorageKey("justificatifs");
      await getStorage().put(key, Buffer.from("dans le compartiment"));
      expect((await createS3Storage(s3Config()).get(key))?.toString("utf8")).toBe("dans le compartiment");
      expect(await createLocalStorage(path.join(dossier, "inutilise")).exists(key)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
