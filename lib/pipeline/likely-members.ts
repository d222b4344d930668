import { isRetired } from '#lib/domain/in-service';
import type { LinkPlace } from '#lib/domain/inventory';
import type { LikelyMember } from '#lib/domain/likely-member';

/** How many '-'-separated parts a prefix needs to name a bundle. */
export const PREFIX_MIN_PARTS = 2;

/**
 * The unknown ids that read like one bundle's members' ids
 * (docs/architecture.md "Links not yet in links.csv"): a bundle's prefix
 * is its in-service members' common prefix cut back to its last '-'
 * (`mad1-acme-pni-` for `mad1-acme-pni-1` and `-2`; a bundle of one
 * link, only when what follows is a number), kept when it holds at least
 * `PREFIX_MIN_PARTS` parts before that '-'. An unknown id is named with
 * the bundle of the longest prefix it starts with (case aside), and with
 * none when two bundles share that prefix: a new member lit before
 * links.csv was edited, whose traffic no bundle counts.
 *
 * @param unknown - the traffic's ids the inventory lacks (those it spells
 *   otherwise, `nearLinks`, left out by the caller)
 * @param links - the inventory's links
 * @param asOf - the run's date: links retired by it shape no prefix
 * @returns each unknown id that reads like one bundle's, with it
 * @example
 * likelyMembers(['mad1-acme-pni-new-1'], links, '2026-12-05');
 * // [{ linkId: 'mad1-acme-pni-new-1', group: 'Acme/MAD1/pni',
 * //    isp: 'Acme', prefix: 'mad1-acme-pni-' }]
 */
export function likelyMembers(
  unknown: readonly string[],
  links: readonly LinkPlace[],
  asOf: string,
): LikelyMember[] {
  if (unknown.length === 0) return [];
  const byPrefix = bundlePrefixes(links.filter((l) => !isRetired(l, asOf)));
  return unknown.flatMap((linkId) => {
    const found = longestPrefix(linkId, byPrefix);
    return found === undefined ? [] : [{ linkId, ...found }];
  });
}

type Bundle = { group: string; isp: string; prefix: string };

/** Each prefix (lower case) and the bundles that have it. */
function bundlePrefixes(links: readonly LinkPlace[]): Map<string, Bundle[]> {
  const members = new Map<string, LinkPlace[]>();
  for (const link of links) {
    const list = members.get(link.group);
    if (list === undefined) members.set(link.group, [link]);
    else list.push(link);
  }
  const byPrefix = new Map<string, Bundle[]>();
  for (const [group, list] of members) {
    const prefix = memberPrefix(list.map((l) => l.linkId));
    if (prefix === undefined) continue;
    const key = prefix.toLowerCase();
    const bundle = { group, isp: list[0]!.isp, prefix };
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), bundle]);
  }
  return byPrefix;
}

/**
 * The members' common prefix up to and including its last '-', or none
 * when it is too short to be specific, or a lone member's id does not
 * end in a number after it (`lhr1-acme-pni` is no numbered member).
 *
 * @example
 * memberPrefix(['mad1-acme-pni-1', 'mad1-acme-pni-2']); // 'mad1-acme-pni-'
 */
export function memberPrefix(ids: readonly string[]): string | undefined {
  let common = ids[0] ?? '';
  for (const id of ids.slice(1)) {
    let n = 0;
    while (n < common.length && common[n] === id[n]) n += 1;
    common = common.slice(0, n);
  }
  const prefix = common.slice(0, common.lastIndexOf('-') + 1);
  const parts = prefix.split('-').slice(0, -1);
  if (parts.length < PREFIX_MIN_PARTS || parts.some((p) => p === ''))
    return undefined;
  if (ids.length === 1 && !/^\d+$/.test(ids[0]!.slice(prefix.length)))
    return undefined;
  return prefix;
}

/** The bundle of the longest prefix `id` starts with, if it is one's. */
function longestPrefix(
  id: string,
  byPrefix: ReadonlyMap<string, readonly Bundle[]>,
): Bundle | undefined {
  const lower = id.toLowerCase();
  // From the last '-' with something after it back: the first prefix
  // that bundles have is the longest.
  let at = lower.lastIndexOf('-', lower.length - 2);
  for (; at > 0; at = lower.lastIndexOf('-', at - 1)) {
    const bundles = byPrefix.get(lower.slice(0, at + 1));
    if (bundles === undefined) continue;
    return bundles.length === 1 ? bundles[0] : undefined;
  }
  return undefined;
}
