import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';

/** What the links of one capacity group share, with their CSV columns. */
const SHARED = [
  ['isp', 'isp'],
  ['site', 'site'],
  ['linkType', 'link_type'],
] as const;

/**
 * A capacity group is links of one ISP at one site with one link type
 * (docs/architecture.md "Data contracts"): its row in `groups.csv`, its
 * place on one ISP's page and its thresholds rest on that. A group whose
 * links disagree is rejected at the first link that differs from the
 * group's first link. Port size, lead time and owner may differ: the group
 * takes the largest port, the longest lead time and a common owner.
 *
 * @param links - the parsed links, in file order
 * @param file - the file's name, for error messages
 * @throws InputError naming the file, the differing link's line, the field
 *   and value, and the line of the group's first link
 * @example
 * rejectMixedGroups(links, 'inventory/links.csv');
 */
export function rejectMixedGroups(
  links: readonly InventoryLink[],
  file: string,
): void {
  const firsts = new Map<string, InventoryLink>();
  for (const link of links) {
    const first = firsts.get(link.group);
    if (first === undefined) {
      firsts.set(link.group, link);
      continue;
    }
    const differs = SHARED.find(([key]) => link[key] !== first[key]);
    if (differs === undefined) continue;
    const [key, field] = differs;
    throw new InputError(
      file,
      `group ${JSON.stringify(link.group)} has ${field} ` +
        `${JSON.stringify(first[key])} on line ${first.line}: a capacity ` +
        "group's links share one ISP, site and link type",
      { line: link.line, field, value: link[key] },
    );
  }
}
