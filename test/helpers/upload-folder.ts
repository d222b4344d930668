import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';

/**
 * Puts every file below `from` into the store, keyed by its path below
 * `from` after `prefix`: a local lake or inventory into s3rver.
 *
 * @example
 * await uploadFolder(new S3ObjectStore(s3.client, 'lake'), join(dir, 'lake'));
 */
export async function uploadFolder(
  store: S3ObjectStore,
  from: string,
  prefix = '',
): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    await store.put(`${prefix}${relative(from, path)}`, await readFile(path));
  }
}
