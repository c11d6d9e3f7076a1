import "server-only";
import { randomUUID } from "node:crypto";
import { env, storageS3 } from "@/lib/env";
import { assertValidKey, createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { FileStorage } from "./types";

export type { FileStorage, PutOptions, StorageBody, StoredObject } from "./types";
export { StorageLengthMismatchError } from "./types";
export { createLocalStorage, assertValidKey, InvalidStorageKeyError } from "./local-storage";
export { createS3Storage, type S3StorageConfig } from "./s3-storage";

let storage: FileStorage | undefined;

/**
 * The configured file storage: an S3-compatible bucket when the STORAGE_S3_* variables are set
 * (several instances share it), else the local folder STORAGE_DIR.
 */
export function getStorage(): FileStorage {
  if (!storage) {
    const e = env();
    const s3 = storageS3(e);
    storage = s3 ? createS3Storage(s3) : createLocalStorage(e.STORAGE_DIR);
  }
  return storage;
}

/** Replaces the storage in unit tests; null goes back to the configured one. */
export function setStorageForTests(replacement: FileStorage | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("setStorageForTests n'est pas disponible en production.");
  storage = replacement ?? undefined;
}

/**
 * A new, unguessable key such as "justificatifs/2026/01/5f0c…": year and month (UTC) keep folders
 * small and make old files easy to find for retention. Nothing a user typed goes into it.
 */
export function newStorageKey(prefix: string, at: Date = new Date()): string {
  const yyyy = String(at.getUTCFullYear());
  const mm = String(at.getUTCMonth() + 1).padStart(2, "0");
  const key = `${prefix.replace(/\/+$/, "")}/${yyyy}/${mm}/${randomUUID()}`;
  assertValidKey(key);
  return key;
}
