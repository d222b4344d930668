import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '#lib/errors';
import { isScratchKey } from './scratch.ts';

/**
 * Every key below `root` that starts with `prefix`, sorted, scratch left
 * out (a write in progress is not an object yet). Only the folders on the
 * prefix's path and below it are read, as S3 lists only the keys under a
 * prefix: `reports/2026-11-26/manifest.json` reads three folders, not the
 * hundreds of runs' files beside it.
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
  const keys = await listBelow(root, '', prefix);
  return keys.filter((key) => !isScratchKey(key)).sort();
}

/** The keys below `folder` (`under`, '' or ending in `/`) matching `prefix`. */
async function listBelow(
  root: string,
  under: string,
  prefix: string,
): Promise<string[]> {
  const folder = join(root, under);
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreError(`cannot list ${folder}`, { cause: error });
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const key = under + entry.name;
      if (!entry.isDirectory()) return key.startsWith(prefix) ? [key] : [];
      const inner = `${key}/`;
      // Inside the prefix, or on the way to it.
      const wanted = inner.startsWith(prefix) || prefix.startsWith(inner);
      return wanted ? listBelow(root, inner, prefix) : [];
    }),
  );
  return nested.flat();
}
