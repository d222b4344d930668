import { rmdir } from 'node:fs/promises';

/**
 * Removes the folders that deleting these keys left empty, deepest first,
 * as deleting an S3 prefix's last object leaves no prefix behind.
 *
 * @param keys - the deleted keys (`a/b/c.json`)
 * @param pathOf - a key's path on disk
 * @example
 * await removeEmptyFolders(['runs/r1/plan.json'], (k) => join(root, k));
 */
export async function removeEmptyFolders(
  keys: readonly string[],
  pathOf: (key: string) => string,
): Promise<void> {
  const folders = new Set<string>();
  for (const key of keys) {
    const parts = key.split('/');
    for (let n = parts.length - 1; n > 0; n -= 1) {
      folders.add(parts.slice(0, n).join('/'));
    }
  }
  const deepestFirst = [...folders].sort(
    (a, b) => b.split('/').length - a.split('/').length,
  );
  for (const folder of deepestFirst) {
    await rmdir(pathOf(folder)).catch(() => {});
  }
}
