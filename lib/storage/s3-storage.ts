import { pipeline } from "node:stream";
import type { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import { assertValidKey } from "./local-storage";
import { checkLength, isBytes, readAll } from "./streams";
import { StorageLengthMismatchError, type FileStorage, type StoredObject } from "./types";

export interface S3StorageConfig {
  /** https://… of the S3-compatible service (http:// on this machine only, lib/env.ts). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** https://host/bucket/key instead of https://bucket.host/key (MinIO, Garage, s3rver…). */
  forcePathStyle: boolean;
}

type Sdk = typeof import("@aws-sdk/client-s3");

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
}

/**
 * Files in an S3-compatible bucket, for several portal instances sharing them. The SDK is loaded
 * on first use only, so the local default never pays for it.
 */
export function createS3Storage(config: S3StorageConfig): FileStorage {
  let ready: Promise<{ sdk: Sdk; client: S3Client }> | undefined;

  function connect() {
    ready ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        // With the SDK's default checksums a streamed PutObject goes out "aws-chunked", which some
        // S3-compatible servers store framing included, without an error (UPLOADS-PDF-BACKOFFICE.md
        // §7: 6,007,520 bytes kept for 6,006,657 sent). Checksums only where an operation needs one.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        // A service that does not answer fails the request instead of holding it forever.
        requestHandler: { connectionTimeout: 5_000, socketTimeout: 30_000 },
      }),
    }));
    return ready;
  }

  async function getStream(key: string): Promise<StoredObject | null> {
    assertValidKey(key);
    const { sdk, client } = await connect();
    try {
      const result = await client.send(new sdk.GetObjectCommand({ Bucket: config.bucket, Key: key }));
      if (!result.Body) return null;
      return { body: result.Body as Readable, size: result.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async function exists(key: string): Promise<boolean> {
    assertValidKey(key);
    const { sdk, client } = await connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: config.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async function remove(key: string): Promise<void> {
    assertValidKey(key);
    const { sdk, client } = await connect();
    try {
      await client.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  return {
    async put(key, data, options = {}) {
      assertValidKey(key);
      const { sdk, client } = await connect();
      const send = (body: Uint8Array | Readable, length: number, abortSignal?: AbortSignal) =>
        client.send(
          new sdk.PutObjectCommand({
            Bucket: config.bucket,
            Key: key,
            Body: body,
            ContentLength: length,
            ContentType: options.contentType ?? "application/octet-stream",
          }),
          { abortSignal },
        );
      if (isBytes(data)) {
        if (options.contentLength !== undefined && options.contentLength !== data.byteLength) {
          throw new StorageLengthMismatchError(options.contentLength, data.byteLength);
        }
        await send(data, data.byteLength);
        return;
      }
      // S3 needs the length up front: an unsized stream is read first (a few megabytes at most).
      if (options.contentLength === undefined) {
        const bytes = await readAll(data);
        await send(bytes, bytes.byteLength);
        return;
      }
      // A sized stream goes out as it comes. The SDK pipes it into its request, and a pipe does not
      // pass errors on: a source that fails, or ends at another length, must abort the request
      // (else it hangs until the socket times out). S3 stores nothing from a PUT cut short; the
      // s3rver test server is not that strict, so the contract test checks this on the local folder.
      const abort = new AbortController();
      const checked = checkLength(options.contentLength);
      pipeline(data, checked, (error) => {
        if (error) abort.abort(error);
      });
      try {
        await send(checked, options.contentLength, abort.signal);
      } catch (error) {
        throw abort.signal.aborted ? abort.signal.reason : error;
      }
      if (abort.signal.aborted) throw abort.signal.reason;
    },

    async get(key) {
      const object = await getStream(key);
      return object ? readAll(object.body, Number.POSITIVE_INFINITY) : null;
    },

    getStream,

    delete: remove,
    exists,
  };
}
