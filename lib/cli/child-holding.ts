import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The first folder inside `folder` (in name order) that holds one of
 * `names`: where `--lake` or `--inventory` named the folder above the one
 * meant (a sample's folder, `--lake data/sample` for `data/sample/lake`),
 * the one to name instead.
 *
 * @param folder - the folder given, which exists
 * @param names - what the folder meant holds (`traffic`, `links.csv`)
 * @returns the folder inside it that holds one, or undefined
 * @example
 * await childHolding('data/sample', ['traffic']); // 'data/sample/lake'
 */
export async function childHolding(
  folder: string,
  names: readonly string[],
): Promise<string | undefined> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name))
    .sort()
    .find((child) => names.some((name) => existsSync(join(child, name))));
}
