import type {
  BytePieces,
  ObjectStore,
  VersionedObject,
  WriteCondition,
} from '#lib/ports/object-store';

/**
 * An `ObjectStore` that keeps each top-level CSV file in a folder of its
 * own name: `links.csv` is stored as `links/links.csv`. An Athena table's
 * location is a folder and it reads every file below it, so this keeps
 * `augments.csv` out of the `links` table while the pipeline still reads
 * plain `links.csv` and `augments.csv`.
 *
 * @example
 * const inventory = new TableFolderStore(
 *   new S3ObjectStore(s3, 'lake', 'inventory/'));
 * await inventory.get('links.csv'); // reads inventory/links/links.csv
 */
export class TableFolderStore implements ObjectStore {
  constructor(private readonly inner: ObjectStore) {}

  get(key: string): Promise<Uint8Array | undefined> {
    return this.inner.get(toFolderKey(key));
  }

  put(
    key: string,
    body: string | Uint8Array,
    contentType?: string,
  ): Promise<void> {
    return this.inner.put(toFolderKey(key), body, contentType);
  }

  putPieces(
    key: string,
    pieces: BytePieces,
    contentType?: string,
  ): Promise<void> {
    return this.inner.putPieces(toFolderKey(key), pieces, contentType);
  }

  copy(from: string, to: string, contentType?: string): Promise<void> {
    return this.inner.copy(toFolderKey(from), toFolderKey(to), contentType);
  }

  async list(prefix: string): Promise<string[]> {
    const keys = await this.inner.list('');
    return keys
      .map(fromFolderKey)
      .filter((key) => key.startsWith(prefix))
      .sort();
  }

  delete(keys: readonly string[]): Promise<void> {
    return this.inner.delete(keys.map(toFolderKey));
  }

  deleteIf(key: string, condition: { readonly ifMatch: string }) {
    return this.inner.deleteIf(toFolderKey(key), condition);
  }

  getVersioned(key: string): Promise<VersionedObject | undefined> {
    return this.inner.getVersioned(toFolderKey(key));
  }

  getSize(key: string): Promise<number | undefined> {
    return this.inner.getSize(toFolderKey(key));
  }

  putIf(
    key: string,
    body: string | Uint8Array,
    condition: WriteCondition,
    contentType?: string,
  ): Promise<string> {
    return this.inner.putIf(toFolderKey(key), body, condition, contentType);
  }
}

/**
 * The stored key of a logical key: `name.csv` → `name/name.csv`; keys
 * with a folder already are kept.
 *
 * @param key - the logical key
 * @returns the stored key
 * @example
 * toFolderKey('links.csv'); // 'links/links.csv'
 */
export function toFolderKey(key: string): string {
  const match = /^([^/]+)\.csv$/.exec(key);
  return match ? `${match[1]}/${key}` : key;
}

function fromFolderKey(key: string): string {
  const match = /^([^/]+)\/\1\.csv$/.exec(key);
  return match ? `${match[1]}.csv` : key;
}
