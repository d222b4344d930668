import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnloadedPartition, UnloadTarget } from '#lib/ports/query-engine';
import { checkUnloadTarget } from '#lib/sql/unload-target';
import { removeEmptyFolders } from './remove-empty-folders.ts';

/**
 * Reads the Parquet files of one partition of an unload, in name order.
 *
 * @param lakeDir - the lake folder
 * @param target - prefix and partition column
 * @param value - the partition value
 * @returns each file's bytes; none for an empty or missing partition
 * @example
 * await readUnloadedFiles('/lake', target, 's0001');
 */
export async function readUnloadedFiles(
  lakeDir: string,
  target: UnloadTarget,
  value: string,
): Promise<Uint8Array[]> {
  const prefix = checkUnloadTarget(target, value);
  const folder = join(lakeDir, prefix, `${target.partitionBy}=${value}`);
  const files = (await namesIn(folder))
    .filter((name) => name.endsWith('.parquet'))
    .sort();
  return Promise.all(files.map((name) => readFile(join(folder, name))));
}

/**
 * Every partition folder of an unload with its Parquet files' count and
 * bytes, in value order; none when nothing was written.
 *
 * @param lakeDir - the lake folder
 * @param target - prefix and partition column
 * @returns the partitions
 * @example
 * await describeUnloadedFolder('/lake', target); // [{ value: 'b0001', … }]
 */
export async function describeUnloadedFolder(
  lakeDir: string,
  target: UnloadTarget,
): Promise<UnloadedPartition[]> {
  const root = join(lakeDir, checkUnloadTarget(target));
  const head = `${target.partitionBy}=`;
  const found: UnloadedPartition[] = [];
  for (const folder of (await namesIn(root)).sort()) {
    if (!folder.startsWith(head)) continue;
    const files = (await namesIn(join(root, folder))).filter((name) =>
      name.endsWith('.parquet'),
    );
    const sizes = await Promise.all(
      files.map(async (name) => (await stat(join(root, folder, name))).size),
    );
    const bytes = sizes.reduce((a, b) => a + b, 0);
    found.push({
      value: folder.slice(head.length),
      files: files.length,
      bytes,
    });
  }
  return found;
}

/** A folder's entries; none when it does not exist. */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Deletes an unload's folder (and everything below it), then the folders
 * above it that this leaves empty (`runs/`), as deleting an S3 prefix's
 * last object leaves no prefix behind.
 *
 * @param lakeDir - the lake folder
 * @param prefix - the prefix given to `unload`, or a parent below `runs/`
 * @returns when done
 * @example
 * await removeUnloadedFolder('/lake', 'runs/r1');
 */
export async function removeUnloadedFolder(
  lakeDir: string,
  prefix: string,
): Promise<void> {
  const folder = checkUnloadTarget({ prefix, partitionBy: 'x' });
  await rm(join(lakeDir, folder), { recursive: true, force: true });
  await removeEmptyFolders([folder], (key) => join(lakeDir, key));
}
