import { distance } from 'fastest-levenshtein';
import type { Config } from '#lib/config';
import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseName, quoted } from '#lib/input-message';

/**
 * The owner of a link that names none: its region's in the configuration
 * (`owners.regions`), else the default. Regions match exactly, so a key
 * that differs from the link's region only loosely (`Emea` for `EMEA`,
 * `eu west` for `EU-West`: `looseName`)
 * would send the group's alerts to the default owner without a word: it
 * is rejected, naming the line and both spellings; so is a key that no
 * line of links.csv has, one slip from the link's region (`EMAE` for
 * `EMEA`: `oneSlipApart`), which went unused without a word: the key is
 * then the one to correct.
 *
 * @param config - the configuration's owners
 * @param file - the links file, for the message
 * @param inventoryRegions - every region links.csv names: a key naming
 *   one of them is no slip
 * @returns the owner of a link's region
 * @throws InputError naming the file, line, `region` and value
 * @example
 * regionOwner(DEFAULT_CONFIG, 'links.csv')(link); // 'capacity-planning'
 */
export function regionOwner(
  config: Config,
  file: string,
  inventoryRegions: ReadonlySet<string> = new Set(),
): (link: InventoryLink) => string {
  const { regions, default: fallback } = config.owners;
  return (link) => {
    const owner = regions[link.region];
    if (owner !== undefined) return owner;
    const region = looseName(link.region);
    const near = Object.keys(regions).find((k) => looseName(k) === region);
    const slip =
      near ??
      Object.keys(regions).find(
        (k) => !inventoryRegions.has(k) && oneSlipApart(looseName(k), region),
      );
    if (slip === undefined) return fallback;
    // A slip is the configuration's (no line has its key): copying the
    // key into links.csv would spread the typo.
    const [only, fix] =
      near === undefined
        ? [
            `has no owner in the configuration's owners.regions, which names '${quoted(slip)}', a region no line of links.csv has, one typo away from it`,
            `correct the configuration's key to '${quoted(link.region)}'`,
          ]
        : [
            `is in the configuration's owners.regions only as '${quoted(slip)}'`,
            'write the region as the configuration does',
          ];
    throw new InputError(
      file,
      `${only}: regions match exactly, so this group's alerts would go to ` +
        `the default owner '${quoted(fallback)}'; ${fix}`,
      { line: link.line, field: 'region', value: link.region },
    );
  };
}

/**
 * Two names of four letters or more one slip apart: a letter added,
 * dropped, changed, or two side by side swapped (`EMAE` for `EMEA`).
 * Shorter names (`EU`, `US`) are too close to tell a slip.
 */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4 || a === b) return false;
  if (distance(a, b) <= 1) return true;
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return (
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2) === b.slice(at + 2)
  );
}
