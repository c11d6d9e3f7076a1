import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./types";

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
    async put(key, data) {
      const file = fileFor(key);
      // Candidates' documents are personal data: readable by the portal's user only.
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await writeFile(temp, data, { flag: "wx", mode: 0o600 });
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
