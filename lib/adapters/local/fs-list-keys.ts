import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { StoreError } from '#lib/errors';
import { isScratchKey } from './scratch.ts';

/**
 * Every key below `root` that starts with `prefix`, sorted, scratch left
 * out (a write in progress is not an object yet).
 *
 * @param root - the store's folder
 * @param prefix - e.g. `reports/latest/`
 * @returns keys with `/` separators, relative to `root`
 * @example
 * await listKeys('/out', 'reports/latest/');
 */
export async function listKeys(
  root: string,
  prefix: string,
): Promise<string[]> {
  const files = await listFiles(root);
  return files
    .map((file) => relative(root, file).split(sep).join('/'))
    .filter((key) => key.startsWith(prefix) && !isScratchKey(key))
    .sort();
}

async function listFiles(folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreError(`cannot list ${folder}`, { cause: error });
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    }),
  );
  return nested.flat();
}
