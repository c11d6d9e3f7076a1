/**
 * Where uploaded documents live. Keys are relative paths such as
 * "justificatifs/2026/01/5f0c…"; see newStorageKey in index.ts.
 */
export interface FileStorage {
  /** Stores the bytes under key, replacing what was there; readers see the old or the new file, never half. */
  put(key: string, data: Uint8Array | Buffer): Promise<void>;
  /** The bytes stored under key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}
