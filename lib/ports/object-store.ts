/**
 * A key/value store of files: the report store (reports and `state/`) and
 * the inventory. S3 in AWS, a folder locally. Keys use `/` separators.
 *
 * @example
 * await store.put('reports/latest/index.html', html, 'text/html');
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
  /** Every key under `prefix` (all pages), sorted. */
  list(prefix: string): Promise<string[]>;
  /** Deletes the keys; missing keys are not an error. */
  delete(keys: readonly string[]): Promise<void>;
}
