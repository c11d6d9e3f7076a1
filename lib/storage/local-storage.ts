import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { checkLength, isBytes } from "./streams";
import { StorageLengthMismatchError, type FileStorage } from "./types";

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Clé de stockage invalide : ${JSON.stringify(key)}`);
    this.name = "InvalidStorageKeyError";
  }
}

// Each segment: letters, digits, "_", "-", "."; never starting with a dot, so "..", hidden files and
// our own ".…tmp" files are out of reach. No leading "/", no empty segment.
const SEGMENT = /^[a-zA-Z0-9_-][a-zA-Z0-9_.-]*$/;
const MAX_KEY_LENGTH = 512;

/** Throws InvalidStorageKeyError unless key is a safe relative path (no "..", not absolute). */
export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || key.includes("..")) throw new InvalidStorageKeyError(key);
  if (!key.split("/").every((segment) => SEGMENT.test(segment))) throw new InvalidStorageKeyError(key);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

/** Files in a local folder, outside public/ so they are only ever served through an authorised route. */
export function createLocalStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);

  function fileFor(key: string): string {
    assertValidKey(key);
    const file = path.resolve(root, key);
    // Belt and braces: the key rules already keep every path inside root.
    if (!file.startsWith(root + path.sep)) throw new InvalidStorageKeyError(key);
    return file;
  }

  return {
    // The content type is not kept here: the database row holds it.
    async put(key, data, options = {}) {
      const file = fileFor(key);
      const { contentLength } = options;
      if (isBytes(data) && contentLength !== undefined && contentLength !== data.byteLength) {
        throw new StorageLengthMismatchError(contentLength, data.byteLength);
      }
      // Candidates' documents are personal data: readable by the portal's user only.
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        if (isBytes(data)) await writeFile(temp, data, { flag: "wx", mode: 0o600 });
        else {
          const out = createWriteStream(temp, { flags: "wx", mode: 0o600 });
          await (contentLength === undefined ? pipeline(data, out) : pipeline(data, checkLength(contentLength), out));
        }
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = fileFor(key);
      try {
        return await readFile(file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async getStream(key) {
      const file = fileFor(key);
      // One open file: its length and its bytes are those of the same version, even if put replaces it meanwhile.
      let handle;
      try {
        handle = await open(file, "r");
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      try {
        const info = await handle.stat();
        if (!info.isFile()) {
          await handle.close();
          return null;
        }
        return { body: handle.createReadStream(), size: info.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      const file = fileFor(key);
      try {
        const info = await stat(file);
        if (info.isFile()) await rm(file, { force: true });
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    async exists(key) {
      const file = fileFor(key);
      try {
        return (await stat(file)).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}
