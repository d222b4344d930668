import type { Config } from '#lib/config';
import { decodeUtf8 } from '#lib/decode-utf8';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseName } from '#lib/input-message';
import { parseAugments, parseLinks } from '#lib/inventory/index';
import type { ObjectStore } from '#lib/ports/object-store';
import type { Deps } from './deps.ts';

/**
 * Reads and validates the inventory (`links.csv`, optional `augments.csv`)
 * from the inventory store. Runs before anything is written, so a bad
 * inventory stops the run with the previous reports intact.
 *
 * @param store - the inventory store
 * @param config - supplies the defaults
 * @param location - how to name the store in errors: a folder or s3://
 *   URL, or the place of each file (`Deps.inventoryLocation`)
 * @param when - the run's as-of date and the clock's day: a link's
 *   `retired_on` may not be later than the later of the two, a
 *   retirement planned ahead (docs/architecture.md "Retired links"); a
 *   replay of an earlier date reads a later one, the link in service
 *   then; a backtest gives none
 * @returns links and planned augments
 * @throws InputError naming file, line, field and value
 * @example
 * const { links, augments } = await loadInventory(deps.inventory, config);
 */
export async function loadInventory(
  store: ObjectStore,
  config: Config,
  location: Deps['inventoryLocation'] = '',
  when?: { readonly asOf: string; readonly today: string },
): Promise<Inventory> {
  const name = (key: string) =>
    typeof location === 'function'
      ? location(key)
      : location
        ? `${location}/${key}`
        : key;
  const linksText = await readText(store, name('links.csv'), 'links.csv');
  if (linksText === undefined) {
    const other = await spelledOtherwise(store, 'links.csv');
    throw new InputError(
      name('links.csv'),
      other === undefined
        ? 'is missing from the inventory'
        : `is missing from the inventory, but ${other} is there: file ` +
            'names match exactly; name it links.csv',
    );
  }
  const links = parseLinks(linksText, name('links.csv'), config);
  if (when !== undefined) rejectRetiredAfter(links, when, name('links.csv'));
  const augmentsText = await readText(
    store,
    name('augments.csv'),
    'augments.csv',
  );
  if (augmentsText === undefined) {
    await rejectAugmentsSpelledOtherwise(store, name('augments.csv'));
  }
  const groups = new Set(links.map((link) => link.group));
  const augments =
    augmentsText === undefined
      ? []
      : parseAugments(augmentsText, name('augments.csv'), groups);
  return { links, augments };
}

/**
 * A link retired after the as-of date, and after today, is refused:
 * `retired_on` records the day a link left service, and a run counts no
 * planned capacity drop (docs/architecture.md "Retired links").
 */
function rejectRetiredAfter(
  links: readonly InventoryLink[],
  { asOf, today }: { readonly asOf: string; readonly today: string },
  file: string,
) {
  const latest = today > asOf ? today : asOf;
  const late = links.find((link) => (link.retiredOn ?? '') > latest);
  if (late === undefined) return;
  const day = latest === asOf ? `the as-of date ${asOf}` : `today, ${today}`;
  throw new InputError(
    file,
    `is after ${day}: write the day the link was taken ` +
      'out of service once it is (a planned retirement is not counted ' +
      'ahead; leave the field empty until then)',
    { line: late.line, field: 'retired_on', value: late.retiredOn! },
  );
}

/**
 * `augments.csv` is optional, so one saved as `Augments.csv`,
 * `augment.csv` or `augments.xlsx` was not read, and every augment it
 * plans went uncounted without a word: such a file stops the run.
 */
async function rejectAugmentsSpelledOtherwise(
  store: ObjectStore,
  file: string,
) {
  const other = await spelledOtherwise(store, 'augments.csv');
  if (other === undefined) return;
  throw new InputError(
    file,
    `is not there, but ${other} is: file names match exactly, so none of ` +
      'its augments would count; name it augments.csv, or move it out of ' +
      'the inventory if it plans none',
  );
}

/**
 * A file of the inventory (top level, or in its table's folder on AWS:
 * `augments/Augments.csv`) named as `key` is, compared loosely before
 * its first dot, with or without a final s (`looseName`: `Augments.CSV`,
 * `augment.csv`, `links.xlsx`, `augments.csv.txt`); hidden files left
 * out. A name that only begins so (`augmentation-plan.pdf`,
 * `augments-2025.csv`) is another file, which stopped the run.
 */
async function spelledOtherwise(
  store: ObjectStore,
  key: string,
): Promise<string | undefined> {
  const stem = looseName(key.replace(/s?\.csv$/, ''));
  const begins = (name: string) => {
    const loose = looseName(name.split('.')[0]!);
    return loose === stem || loose === `${stem}s`;
  };
  const keys = await store.list('');
  return keys.find((k) => {
    const parts = k.split('/');
    const base = parts.at(-1)!;
    const inFolder = parts.length === 2 && begins(parts[0]!);
    return (
      (parts.length === 1 || inFolder) && !base.startsWith('.') && begins(base)
    );
  });
}

/**
 * The file's text; bytes that are not UTF-8 stop with the line they are
 * on (a lenient decoder would turn an ISP's name into a new one, `�`).
 */
async function readText(store: ObjectStore, file: string, key: string) {
  const bytes = await store.get(key);
  return bytes === undefined ? undefined : decodeUtf8(bytes, file);
}
