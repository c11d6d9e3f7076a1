import type { Readable } from "node:stream";

/** What put stores: bytes in memory, or a stream (an upload read as it arrives, a file on disk). */
export type StorageBody = Uint8Array | Buffer | Readable;

export interface PutOptions {
  /**
   * MIME type kept with the object where the backend can (S3's Content-Type); the database row
   * (JustificatifFichier.typeMime) remains what the portal serves.
   */
  contentType?: string;
  /**
   * Length in bytes of a stream body. S3 then receives the stream as it comes; without it the
   * stream is read into memory first (files here are a few megabytes). A stream that ends at
   * another length is refused and nothing is stored.
   */
  contentLength?: number;
}

export interface StoredObject {
  body: Readable;
  /** Length in bytes. */
  size: number;
}

/**
 * Where uploaded documents live: a local folder by default, an S3-compatible bucket when
 * configured (lib/storage/index.ts). Keys are relative paths such as
 * "justificatifs/2026/01/5f0c…" made by newStorageKey, never from user input.
 */
export interface FileStorage {
  /** Stores the body under key, replacing what was there; readers see the old or the new object, never half. */
  put(key: string, data: StorageBody, options?: PutOptions): Promise<void>;
  /** The bytes stored under key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /**
   * The object as a stream with its length (for a route handler's Response), or null when there
   * is none. Read it to the end or destroy it: it holds a file or a connection until then.
   */
  getStream(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** A stream body that ended at another length than the one announced in PutOptions. */
export class StorageLengthMismatchError extends Error {
  constructor(expected: number, actual: number) {
    super(`Longueur reçue (${actual} octets) différente de la longueur annoncée (${expected} octets) : rien n'a été enregistré.`);
    this.name = "StorageLengthMismatchError";
  }
}
