/**
 * An object's bytes with its version: the ETag on S3, a content hash
 * locally. A conditional write names the version it read.
 */
export interface VersionedObject {
  readonly body: Uint8Array;
  readonly version: string;
}

/**
 * An object's bytes in pieces, in order, read once as they are written:
 * a generator of encoded text, say.
 */
export type BytePieces = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * The condition of a conditional write: `ifNoneMatch: '*'` creates the
 * object only if there is none (a lock); `ifMatch` replaces it only if it
 * is still the version that was read (compare-and-swap).
 */
export type WriteCondition =
  | { readonly ifNoneMatch: '*' }
  | { readonly ifMatch: string };

/**
 * A key/value store of files: the report store (reports and `state/`) and
 * the inventory. S3 in AWS, a folder locally. Keys use `/` separators.
 *
 * @example
 * await store.put('reports/latest/index.html', html, 'text/html');
 * await store.putPieces('reports/d1/forecasts.csv', bytes, 'text/csv');
 */
export interface ObjectStore {
  /** The object's bytes, or `undefined` when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Writes the object, replacing any previous one atomically. */
  put(
    key: string,
    body: string | Uint8Array,
    contentType?: string,
  ): Promise<void>;
  /**
   * Writes the object from its bytes in pieces, in order, replacing any
   * previous one atomically, as `put` does, without the whole body ever
   * in memory: the pieces are read as they are sent (S3: a multipart
   * upload of a few parts at a time; locally: a scratch file renamed
   * into place). When the pieces or the write fail, the previous object
   * (or none) is left as it was.
   *
   * @throws StoreError when the write fails, or the pieces do
   */
  putPieces(
    key: string,
    pieces: BytePieces,
    contentType?: string,
  ): Promise<void>;
  /**
   * Copies the object at `from` to `to` inside the store (S3 CopyObject),
   * replacing any object at `to` atomically, without the bytes passing
   * through this process. The copy has `contentType`, as a put with it
   * would, or the source's when it is not given.
   *
   * @throws StoreError naming `from` when there is no such object
   */
  copy(from: string, to: string, contentType?: string): Promise<void>;
  /**
   * The object's size in bytes, or `undefined` when there is no such key,
   * without reading it (S3 HeadObject, a file's stat): what publish
   * compares with the backtest summary's record of `state/backtest.json`
   * (docs/architecture.md "The decision backtest").
   */
  getSize(key: string): Promise<number | undefined>;
  /** Every key under `prefix` (all pages), sorted. */
  list(prefix: string): Promise<string[]>;
  /** Deletes the keys; missing keys are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  /**
   * Deletes the object only if it is still the version that was read,
   * atomically with the check (S3's conditional DeleteObject, `If-Match`):
   * a lock's release, which must not delete the lock of a run that took
   * it over meanwhile. A key with no object is left as it is, as `delete`
   * leaves one.
   *
   * @throws StoreConflictError when the key holds another version
   */
  deleteIf(key: string, condition: { readonly ifMatch: string }): Promise<void>;
  /** The object with its version, or `undefined` when there is none. */
  getVersioned(key: string): Promise<VersionedObject | undefined>;
  /**
   * Writes the object only if `condition` holds, atomically with the check.
   *
   * @returns the new version
   * @throws StoreConflictError when the condition does not hold
   */
  putIf(
    key: string,
    body: string | Uint8Array,
    condition: WriteCondition,
    contentType?: string,
  ): Promise<string>;
}
