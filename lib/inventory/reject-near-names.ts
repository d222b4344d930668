import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseName, quoted } from '#lib/input-message';

/** The names a link carries that Headroom groups or routes by, as columns. */
const NAMED = [
  ['isp', 'isp', 'ISPs (two pages, their traffic summed apart)'],
  ['site', 'site', 'sites (their links in two groups)'],
  ['region', 'region', 'regions'],
  ['group', 'group', 'capacity groups'],
  ['owner', 'owner', 'owners (two digests, two alert filters)'],
] as const;

/**
 * Two spellings of one name in links.csv (`Acme` and `ACME`, `FRA1` and
 * `fra-1`): names match exactly, so Headroom would take them for two
 * ISPs, sites, regions, groups or owners, and split what belongs together
 * without a word. Rejected at the second spelling, naming the first's line
 * (names compared by `looseName`: docs/architecture.md "Data contracts").
 *
 * @param links - the parsed links, owners settled, in file order
 * @param file - the file's name, for error messages
 * @throws InputError naming the file, the line, the field, the value and
 *   the line of the other spelling
 * @example
 * rejectNearNames(links, 'inventory/links.csv');
 */
export function rejectNearNames(
  links: readonly InventoryLink[],
  file: string,
): void {
  for (const [key, field, what] of NAMED) {
    const seen = new Map<string, InventoryLink>();
    for (const link of links) {
      const loose = looseName(link[key]);
      const first = seen.get(loose);
      if (first === undefined) seen.set(loose, link);
      else if (first[key] !== link[key]) {
        throw new InputError(
          file,
          `is written '${quoted(first[key])}' on line ${first.line}: names ` +
            `match exactly, so these would be two ${what}; write one spelling`,
          { line: link.line, field, value: link[key] },
        );
      }
    }
  }
}

/**
 * A link listed twice, or two ids differing only in case: traffic matches
 * ids exactly, so one would read no traffic, its capacity still counted.
 * Ids differing in punctuation (`pni-1`, `pni_1`) may be two real links.
 *
 * @param links - the parsed links, in file order
 * @param file - the file's name, for error messages
 * @throws InputError naming the file, the line, `link_id`, the value and
 *   the line of the first
 * @example
 * rejectDuplicates(links, 'inventory/links.csv');
 */
export function rejectDuplicates(
  links: readonly InventoryLink[],
  file: string,
) {
  const seen = new Map<string, InventoryLink>();
  for (const link of links) {
    const first = seen.get(link.linkId.toLowerCase());
    if (first !== undefined) {
      const problem =
        first.linkId === link.linkId
          ? `duplicate link_id, first on line ${first.line}`
          : `link_id differs only in case from line ${first.line}'s ` +
            `'${quoted(first.linkId)}' (traffic matches ids exactly)`;
      throw new InputError(file, problem, {
        line: link.line,
        field: 'link_id',
        value: link.linkId,
      });
    }
    seen.set(link.linkId.toLowerCase(), link);
  }
}
