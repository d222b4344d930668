import { existsSync } from 'node:fs';
import { lstat, readlink, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '#lib/errors';
import { childHolding } from './child-holding.ts';

/** The files of an inventory folder (`augments.csv` optional). */
const INVENTORY_FILES = ['links.csv', 'augments.csv'] as const;

/**
 * Refuses an `--inventory` that is no inventory folder: one that does not
 * exist (it said `<folder>/links.csv: is missing from the inventory`, as
 * of a folder that is there), a file (`--inventory inv/links.csv`: it
 * said `cannot read links.csv under inv/links.csv`), or a folder whose
 * `links.csv` or `augments.csv` is a folder (`cannot read augments.csv
 * under inv`, with no reason) or a symbolic link to nothing, or a folder
 * without links.csv above one with it (`childHolding`).
 *
 * @param inventory - the `--inventory` folder
 * @throws InputError naming the path and what `--inventory` must name
 * @example
 * await checkInventory('data/sample/inventory');
 */
export async function checkInventory(inventory: string): Promise<void> {
  const found = await stat(inventory).catch(() => undefined);
  if (found === undefined) {
    throw new InputError(
      inventory,
      'does not exist: --inventory must name the folder holding links.csv',
    );
  }
  if (!found.isDirectory()) {
    const name = basename(inventory);
    const parent = (INVENTORY_FILES as readonly string[]).includes(name)
      ? ` (its folder, ${dirname(inventory)}?)`
      : '';
    throw new InputError(
      inventory,
      `is a file: --inventory must name the folder holding links.csv${parent}`,
    );
  }
  for (const name of INVENTORY_FILES) await checkFile(join(inventory, name));
  // A sample's folder, above its inventory/ (`--inventory data/sample`):
  // it said `data/sample/links.csv: is missing from the inventory`.
  const meant = existsSync(join(inventory, 'links.csv'))
    ? undefined
    : await childHolding(inventory, ['links.csv']);
  if (meant !== undefined) {
    throw new InputError(
      inventory,
      `holds no links.csv, but its folder ${meant} does: --inventory must ` +
        `name the folder holding links.csv (${meant}?)`,
    );
  }
}

/**
 * Refuses an inventory file that is a folder, or a symbolic link to
 * nothing (an inventory of links into a checkout whose file moved): it
 * said `links.csv: is missing from the inventory, but links.csv is
 * there`, as of a file spelt otherwise.
 */
async function checkFile(file: string): Promise<void> {
  const name = basename(file);
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) {
    throw new InputError(file, `is a folder: ${name} must be a CSV file`);
  }
  const link = await lstat(file).catch(() => undefined);
  if (found === undefined && link?.isSymbolicLink()) {
    const target = await readlink(file);
    throw new InputError(
      file,
      `is a symbolic link to ${target}, which does not exist: ${name} ` +
        'must be a CSV file (or a link to one)',
    );
  }
}
