import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { assertValidKey, createLocalStorage } from "./local-storage";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";
export { createLocalStorage, assertValidKey, InvalidStorageKeyError } from "./local-storage";

let storage: FileStorage | undefined;

/**
 * The configured file storage: a local folder (STORAGE_DIR) by default. An S3-compatible
 * implementation of FileStorage, chosen here by its own environment variables, would plug in here
 * when several servers share the files.
 */
export function getStorage(): FileStorage {
  storage ??= createLocalStorage(env().STORAGE_DIR);
  return storage;
}

/** Replaces the storage in unit tests; null goes back to the configured one. */
export function setStorageForTests(replacement: FileStorage | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("setStorageForTests n'est pas disponible en production.");
  storage = replacement ?? undefined;
}

/**
 * A new, unguessable key such as "justificatifs/2026/01/5f0c…": year and month (UTC) keep folders
 * small and make old files easy to find for retention.
 */
export function newStorageKey(prefix: string, at: Date = new Date()): string {
  const yyyy = String(at.getUTCFullYear());
  const mm = String(at.getUTCMonth() + 1).padStart(2, "0");
  const key = `${prefix.replace(/\/+$/, "")}/${yyyy}/${mm}/${randomUUID()}`;
  assertValidKey(key);
  return key;
}
