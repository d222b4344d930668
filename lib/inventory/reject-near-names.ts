import { ENCODED_APART, encodedApart } from '#lib/accent-encoding';
import { defaultGroupKey, type InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseId, looseName, quoted } from '#lib/input-message';

/** What two spellings of a name would split (ISP, site, region, group). */
const NAMED = [
  ['isp', 'ISPs (two pages, each with part of its traffic)'],
  ['site', 'sites (their links in two capacity groups)'],
  ['region', 'regions (alerts filtered by region would miss one)'],
  ['group', 'capacity groups of one ISP, site and link type'],
] as const;

/** The phrase every message of this check shares. */
const NEAR = 'differs only in case, spaces or punctuation from';

/**
 * Two spellings of one name in links.csv (`Acme` and `ACME`, `FRA1` and
 * `fra-1`): names match exactly, so Headroom would take them for two
 * ISPs, sites, regions or groups, and split what belongs together
 * without a word. Rejected at the second spelling, naming the first's line
 * (names compared by `looseName`: docs/architecture.md "Data contracts").
 * Groups are compared only among links of one ISP, site, region and link
 * type, the only links one group may hold: `Euro/NET1/pni` and
 * `EuroNet/1/pni` are two. Owners: {@link rejectNearOwners}.
 *
 * @param links - the parsed links, in file order
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
  for (const [field, what] of NAMED) {
    const seen = new Map<string, InventoryLink>();
    for (const link of links) {
      const loose = looseKey(link, field);
      const first = seen.get(loose);
      if (first === undefined) seen.set(loose, link);
      else if (first[field] !== link[field]) {
        throw new InputError(
          file,
          `${nearProblem(first, link, field)}: names match exactly, so ` +
            `these would be two ${what}; write one spelling`,
          { line: link.line, field, value: link[field] },
        );
      }
    }
  }
}

type Field = (typeof NAMED)[number][0];

/** The loose name, for a group with what one group's links share. */
function looseKey(link: InventoryLink, field: Field): string {
  const loose = looseName(link[field]);
  if (field !== 'group') return loose;
  return [link.isp, link.site, link.region, link.linkType, loose].join('\n');
}

/** A group that is its link's default key: the group of a line with none. */
const isDefault = (link: InventoryLink, field: Field) =>
  field === 'group' &&
  link.group === defaultGroupKey(link.isp, link.site, link.linkType);

const DEFAULT = 'isp/site/link_type, for a line that writes no group';

/** How the second spelling differs from the first, saying which is a default. */
function nearProblem(first: InventoryLink, link: InventoryLink, field: Field) {
  const near = encodedApart(first[field], link[field]) ? ENCODED_APART : NEAR;
  const other = `'${quoted(first[field])}' on line ${first.line}`;
  const then = isDefault(first, field)
    ? `${other} (the default group: ${DEFAULT})`
    : other;
  return isDefault(link, field)
    ? `is the default group '${quoted(link.group)}' (${DEFAULT}), ` +
        `which ${near} ${then}`
    : `${near} ${then}`;
}

/**
 * A link listed twice, or two ids differing only in case or spaces
 * (`lhr1-pni-1`, `lhr1-pni- 1`): traffic matches ids exactly, so one
 * would read no traffic, its capacity still counted. Ids differing in
 * punctuation (`pni-1`, `pni_1`) may be two real links.
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
    const first = seen.get(looseId(link.linkId));
    if (first !== undefined) {
      const what = encodedApart(first.linkId, link.linkId)
        ? ENCODED_APART
        : first.linkId.toLowerCase() === link.linkId.toLowerCase()
          ? `differs only in case from`
          : `differs only in case or spaces from`;
      const problem =
        first.linkId === link.linkId
          ? `is on line ${first.line} too: each link has one row (another link needs an id of its own)`
          : `link_id ${what} line ${first.line}'s ` +
            `'${quoted(first.linkId)}' (traffic matches ids exactly)`;
      throw new InputError(file, problem, {
        line: link.line,
        field: 'link_id',
        value: link.linkId,
      });
    }
    seen.set(looseId(link.linkId), link);
  }
}
