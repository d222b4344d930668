import type { DeferredFile } from '#lib/report/deferred-file';
import type { PublishedFile } from './build-manifest.ts';

/** A file to publish whose body is loaded whole when it is written. */
export interface WholeFile {
  readonly path: string;
  readonly contentType: string;
  readonly load: () => Promise<string | Uint8Array>;
}

/**
 * A file to publish, made only when it is written: loaded whole, or
 * rendered in pieces (a `DeferredFile`) that stream into the store.
 */
export type LazyFile = WholeFile | DeferredFile;

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
