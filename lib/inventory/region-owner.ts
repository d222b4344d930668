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
 * is rejected, naming the line and both spellings.
 *
 * @param config - the configuration's owners
 * @param file - the links file, for the message
 * @returns the owner of a link's region
 * @throws InputError naming the file, line, `region` and value
 * @example
 * regionOwner(DEFAULT_CONFIG, 'links.csv')(link); // 'capacity-planning'
 */
export function regionOwner(
  config: Config,
  file: string,
): (link: InventoryLink) => string {
  const { regions, default: fallback } = config.owners;
  return (link) => {
    const owner = regions[link.region];
    if (owner !== undefined) return owner;
    const region = looseName(link.region);
    const near = Object.keys(regions).find((k) => looseName(k) === region);
    if (near === undefined) return fallback;
    throw new InputError(
      file,
      `is in the configuration's owners.regions only as '${quoted(near)}': ` +
        `regions match exactly, so this group's alerts would go to the default owner '${quoted(fallback)}'; ` +
        'write the region as the configuration does',
      { line: link.line, field: 'region', value: link.region },
    );
  };
}
