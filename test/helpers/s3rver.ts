import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import {
  abortUpload,
  pendingUploads,
  type S3rverUploads,
} from './s3rver-abort-upload.ts';
import { conditionalPut, type S3rverStore } from './s3rver-conditional-put.ts';

/** The part of s3rver's (untyped) API the tests use. */
interface S3rverServer {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  /** Koa's middleware stack (s3rver is a Koa app). */
  readonly middleware: unknown[];
  readonly store: S3rverStore & S3rverUploads;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

/** A running s3rver and an S3 client that talks to it over HTTP. */
export interface LocalS3 {
  readonly client: S3Client;
  readonly endpoint: string;
  /** Multipart uploads of `bucket` begun, neither completed nor aborted. */
  pendingUploads(bucket: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts s3rver on a random port over a fresh temporary folder, with the
 * given buckets created, S3's conditional writes (`If-None-Match: *`,
 * `If-Match`) and S3's AbortMultipartUpload.
 *
 * @param buckets - bucket names (at least 3 characters each)
 * @param faults - Koa middleware between the conditional writes and
 *   s3rver's routes (a lost answer: `loseAnswer`)
 * @returns the client and a `stop` that closes the server and removes files
 * @example
 * const s3 = await startS3rver(['reports']);
 * await s3.stop();
 */
export async function startS3rver(
  buckets: readonly string[],
  faults: readonly unknown[] = [],
): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  // Before s3rver's own routes: conditional writes, as S3 has them.
  server.middleware.unshift(
    conditionalPut(server.store),
    abortUpload(server.store),
    ...faults,
  );
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: 'eu-west-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    // s3rver predates the SDK's default CRC checksums and aws-chunked bodies.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    client,
    endpoint,
    pendingUploads: (bucket) => pendingUploads(server.store, bucket),
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
