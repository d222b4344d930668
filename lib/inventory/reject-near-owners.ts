import type { Config } from '#lib/config';
import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseOwner, quoted } from '#lib/input-message';

const SPLIT =
  'names match exactly, so these would be two owners (two digests, two ' +
  'alert filters)';

/**
 * An owner written in links.csv in two spellings (`alice`, `Alice`), or
 * spelled otherwise than the configuration's owner (`owners.default`,
 * `owners.regions`) it means: two digests and two alert filters for one
 * owner, without a word. An owner with `@` is an address: only case is
 * ignored (`j.doe@` and `jdoe@` may be two mailboxes). Owners the
 * configuration alone gives are its own to spell.
 *
 * @param links - the parsed links, in file order
 * @param written - the owner written on each link's line, if any
 * @param config - the configuration's owners
 * @param file - the file's name, for error messages
 * @throws InputError naming the file, line, `owner`, the value and the
 *   other spelling (its line, or its configuration key)
 * @example
 * rejectNearOwners(links, ['alice', undefined], DEFAULT_CONFIG, 'links.csv');
 */
export function rejectNearOwners(
  links: readonly InventoryLink[],
  written: readonly (string | undefined)[],
  config: Config,
  file: string,
): void {
  const configured = configOwners(config);
  const seen = new Map<string, { owner: string; line: number }>();
  links.forEach(({ line }, i) => {
    const owner = written[i];
    if (owner === undefined || configured.has(owner)) return;
    const key = looseOwner(owner);
    const inConfig = [...configured].find(([o]) => looseOwner(o) === key);
    const first = seen.get(key) ?? { owner, line };
    seen.set(key, first);
    if (inConfig === undefined && first.owner === owner) return;
    const [other, fix] = inConfig
      ? [
          `the configuration's ${inConfig[1]} '${quoted(inConfig[0])}'`,
          'write it as the configuration does',
        ]
      : [
          `'${quoted(first.owner)}' on line ${first.line}`,
          'write one spelling',
        ];
    const ignored = owner.includes('@')
      ? 'case'
      : 'case, spaces or punctuation';
    throw new InputError(
      file,
      `differs only in ${ignored} from ${other}: ${SPLIT}; ${fix}`,
      { line, field: 'owner', value: owner },
    );
  });
}

/** The configuration's owners, each with the key that names it. */
function configOwners(config: Config): Map<string, string> {
  const { default: fallback, regions } = config.owners;
  const owners = new Map([[fallback, 'owners.default']]);
  for (const [region, owner] of Object.entries(regions)) {
    if (!owners.has(owner)) owners.set(owner, `owners.regions.${region}`);
  }
  return owners;
}
