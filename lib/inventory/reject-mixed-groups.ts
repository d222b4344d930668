import type { InventoryLink } from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { quotedJson } from '#lib/input-message';

/** What the links of one capacity group share, with their CSV columns. */
const SHARED = [
  ['isp', 'isp'],
  ['site', 'site'],
  ['linkType', 'link_type'],
  ['region', 'region'],
] as const;

/**
 * A capacity group is links of one ISP at one site (in one region) with
 * one link type (docs/architecture.md "Data contracts"): its row in
 * `groups.csv`, its place on one ISP's page and its thresholds rest on
 * that. A group whose links disagree is rejected at the first link that
 * differs from the group's first link. Port size and lead time may differ:
 * the group takes the largest port and the longest lead time; the owner is
 * settled by {@link settleGroupOwners}.
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
      `group ${quotedJson(link.group)} has ${field} ` +
        `${quotedJson(first[key])} on line ${first.line}: a capacity ` +
        "group's links share one ISP, site, region and link type",
      { line: link.line, field, value: link[key] },
    );
  }
}

/**
 * The owner of each link: one per capacity group, since the group's
 * alerts go to its owner (`notify.by` "owner"). An owner written on any
 * link of a group is the group's, so that it need not be repeated on
 * every line; a group without one takes its region's default. Two
 * different owners written in one group are rejected: its alerts would
 * reach only one of them.
 *
 * @param links - the parsed links (same group, same region), in file order
 * @param written - the owner written on each link's line, if any
 * @param ownerOfRegion - the default owner of a link's region
 * @param file - the file's name, for error messages
 * @returns the links with their group's owner
 * @throws InputError naming the file, the line of the second owner, the
 *   field and value, and the line of the first
 * @example
 * settleGroupOwners(links, ['alice', undefined], () => 'peering', 'links.csv');
 */
export function settleGroupOwners(
  links: readonly InventoryLink[],
  written: readonly (string | undefined)[],
  ownerOfRegion: (link: InventoryLink) => string,
  file: string,
): InventoryLink[] {
  const owners = new Map<string, { owner: string; line: number }>();
  links.forEach((link, i) => {
    const owner = written[i];
    if (owner === undefined) return;
    const first = owners.get(link.group);
    if (first === undefined) {
      owners.set(link.group, { owner, line: link.line });
    } else if (first.owner !== owner) {
      throw new InputError(
        file,
        `group ${quotedJson(link.group)} has owner ` +
          `${quotedJson(first.owner)} on line ${first.line}: a capacity ` +
          "group's alerts go to one owner (write it on one line of the group, or the same on each)",
        { line: link.line, field: 'owner', value: owner },
      );
    }
  });
  return links.map((link) => ({
    ...link,
    owner: owners.get(link.group)?.owner ?? ownerOfRegion(link),
  }));
}
