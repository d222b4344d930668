import type { DeferredFile, StreamedFile } from '#lib/report/deferred-file';
import type { FileDigest, PublishedFile } from './build-manifest.ts';

/** A file to publish whose body is loaded whole when it is written. */
export interface WholeFile {
  readonly path: string;
  readonly contentType: string;
  readonly load: () => Promise<string | Uint8Array>;
}

/**
 * A file already in the store (a shard's ISP page), published by a copy
 * inside the store (S3 CopyObject) under the digest recorded when it was
 * written, so that its bytes never pass through publish.
 */
export interface CopiedFile {
  readonly path: string;
  readonly contentType: string;
  /** The key it is copied from. */
  readonly from: string;
  readonly digest: FileDigest;
}

/**
 * A file to publish, made only when it is written: loaded whole, rendered
 * in pieces (a `DeferredFile`, or a `StreamedFile` whose pieces are
 * awaited) that stream into the store, or copied from where it already
 * is.
 */
export type LazyFile = WholeFile | DeferredFile | StreamedFile | CopiedFile;

/**
 * A file whose body is already in memory, as a `LazyFile`.
 *
 * @param file - the path, body and content type
 * @returns the file, its body loaded at once when written
 * @example
 * const file = eagerFile({ path: 'a.json', body: '{}',
 *   contentType: 'application/json' });
 */
export function eagerFile(file: PublishedFile): WholeFile {
  return {
    path: file.path,
    contentType: file.contentType,
    load: async () => file.body,
  };
}
