import { Transform, type Readable, type TransformCallback } from "node:stream";
import { StorageLengthMismatchError, type StorageBody } from "./types";

/** Bytes in memory, as opposed to a stream. */
export function isBytes(data: StorageBody): data is Uint8Array {
  return data instanceof Uint8Array;
}

/** Passes bytes through, and fails the stream as soon as it is longer, or when it ends shorter, than announced. */
export function checkLength(expected: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > expected) callback(new StorageLengthMismatchError(expected, seen));
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(seen === expected ? null : new StorageLengthMismatchError(expected, seen));
    },
  });
}

/** Most bytes a stream without an announced length may bring into memory. */
const MAX_UNSIZED_STREAM = 64 * 1024 * 1024;

/** Reads a whole stream into one Buffer, refusing one longer than `limit`. */
export async function readAll(stream: Readable, limit = MAX_UNSIZED_STREAM): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string);
    total += bytes.length;
    if (total > limit) {
      stream.destroy();
      throw new RangeError(`Flux de plus de ${limit} octets sans longueur annoncée : indiquez contentLength.`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
