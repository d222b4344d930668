import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BytePieces } from '#lib/ports/object-store';
import { toStoreError } from './s3-store-errors.ts';

const MIB = 1024 * 1024;

/** How a streamed write is cut into parts and how many are sent at once. */
export interface PartSizing {
  /** Bytes in each part but the last; S3's least is 5 MiB. */
  readonly partBytes: number;
  /** Parts sent at a time. */
  readonly queueSize: number;
}

/**
 * 8 MiB parts, 4 at a time: a streamed write holds about five parts
 * (four being sent, one filling), 40 MiB, whatever the file's size; the
 * 119 MB `forecasts.json` of 148,200 series goes in 15 parts. S3 allows
 * 10,000 parts, so files up to 80 GB.
 */
export const PART_SIZING: PartSizing = { partBytes: 8 * MIB, queueSize: 4 };

/** Where streamed bytes go: bucket-relative key, below the store's prefix. */
export interface S3Pieces {
  readonly bucket: string;
  /** The key in the bucket, the store's prefix included. */
  readonly key: string;
  readonly pieces: BytePieces;
  readonly contentType?: string;
}

/**
 * Writes an object from bytes in pieces with lib-storage's `Upload`: the
 * pieces are read only as parts are sent, a multipart upload whose
 * CompleteMultipartUpload replaces the object in one step, or one
 * PutObject when everything fits in the first part (a small or empty
 * file). When a part, the completion or the pieces fail, `Upload` aborts
 * the multipart upload (`leavePartsOnError: false`, its default, spelled
 * out here), so no stored parts are left behind and the previous object
 * stays; the report bucket's lifecycle rule removes what an abort that
 * itself failed left (docs/architecture.md "Publish's memory").
 *
 * @param s3 - the S3 client
 * @param put - bucket, key, pieces and content type
 * @param sizing - part size and parts at a time
 * @returns when the object is written
 * @throws StoreError naming the object, the failure attached: the
 *   pieces' own when they threw, even if the abort then failed too
 * @example
 * await putS3Pieces(s3, { bucket: 'headroom-reports',
 *   key: 'reports/2026-11-26/forecasts.csv', pieces,
 *   contentType: 'text/csv' });
 */
export async function putS3Pieces(
  s3: S3Client,
  put: S3Pieces,
  sizing: PartSizing = PART_SIZING,
): Promise<void> {
  const pieces = recordingFailure(put.pieces);
  // Not object mode: the stream reads ahead by bytes (one piece), not by
  // sixteen pieces.
  const body = Readable.from(pieces, { objectMode: false });
  const upload = new Upload({
    client: s3,
    params: {
      Bucket: put.bucket,
      Key: put.key,
      Body: body,
      ContentType: put.contentType,
    },
    partSize: sizing.partBytes,
    queueSize: sizing.queueSize,
    leavePartsOnError: false,
  });
  try {
    await upload.done();
  } catch (error) {
    // `Upload` throws its abort's failure in place of what it aborted
    // for: the pieces' own error is the one worth reporting.
    const cause = pieces.failure ?? error;
    throw toStoreError('write', `s3://${put.bucket}/${put.key}`, cause);
  } finally {
    // A failed upload stops reading: the pieces' generator is closed.
    body.destroy();
  }
}

/** Pieces that remember the error they threw, if any. */
interface RecordedPieces extends AsyncIterable<Uint8Array> {
  readonly failure: unknown;
}

/** `pieces` as they are, noting the error they throw in `failure`. */
function recordingFailure(pieces: BytePieces): RecordedPieces {
  const recorded = {
    failure: undefined as unknown,
    async *[Symbol.asyncIterator]() {
      try {
        yield* pieces;
      } catch (error) {
        recorded.failure = error;
        throw error;
      }
    },
  };
  return recorded;
}
