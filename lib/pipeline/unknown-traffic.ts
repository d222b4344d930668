import type { LinkPlace } from '#lib/domain/inventory';
import type { DataQualityReport } from '#lib/domain/quality';
import { likelyMembers } from './likely-members.ts';
import { nearLinks } from './near-links.ts';
import { removedLinks } from './quiet-links.ts';

/** The report's fields on the traffic of links the inventory lacks. */
export type UnknownTraffic = Pick<
  DataQualityReport,
  'unknownLinks' | 'nearLinks' | 'likelyMembers' | 'removedLinks'
>;

/**
 * The links seen in traffic that the inventory does not know (now), as
 * `data-quality.json` lists them: apart those whose traffic stopped as a
 * quiet link's does (`removedLinks`), but for an id an inventory id
 * spells otherwise (`nearLinks`, whenever its traffic stopped), and of
 * the others, each that reads like one bundle's members' ids
 * (`likelyMembers`); the lists left empty are left out.
 *
 * @param links - the inventory's links
 * @param asOf - the as-of date (the window's `to`)
 * @param lastDays - each link seen in the window and its last day there
 * @returns the unknown links and what they read like, in report order
 * @example
 * unknownTraffic(inventory.links, '2026-12-05', lastDays).unknownLinks;
 */
export function unknownTraffic(
  links: readonly LinkPlace[],
  asOf: string,
  lastDays: ReadonlyMap<string, string>,
): UnknownTraffic {
  const knownLinks = links.map((link) => link.linkId);
  const known = new Set(knownLinks);
  const unknown = [...lastDays.keys()].filter((link) => !known.has(link));
  const near = nearLinks(unknown, knownLinks);
  const spelled = new Set(near.map((n) => n.linkId));
  // An id links.csv spells otherwise is its link's traffic, read by none,
  // whenever it stopped (a past day's file from another exporter), not a
  // link taken out of links.csv: named with the id it means.
  const retired = removedLinks(
    unknown.filter((link) => !spelled.has(link)),
    lastDays,
  );
  const gone = new Set(retired.map((link) => link.linkId));
  const unknownLinks = unknown.filter((link) => !gone.has(link));
  const likely = likelyMembers(
    unknownLinks.filter((link) => !spelled.has(link)),
    links,
    asOf,
  );
  return {
    unknownLinks,
    ...(near.length > 0 ? { nearLinks: near } : {}),
    ...(likely.length > 0 ? { likelyMembers: likely } : {}),
    ...(retired.length > 0 ? { removedLinks: retired } : {}),
  };
}
