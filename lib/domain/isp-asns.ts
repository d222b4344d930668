import type { InventoryLink } from './inventory.ts';

/**
 * Every ASN links.csv writes for an ISP's links, ascending, each once: an
 * ISP may peer from several (docs/architecture.md "Data contracts"), and
 * its page, partner pack and `isps.csv` list them all rather than the
 * first line's.
 *
 * @param links - links.csv's links (any ISP's: only `isp`'s are read)
 * @param isp - the ISP's name
 * @returns its ASNs, ascending; none where it has no link at hand
 * @example
 * ispAsns(links, 'Helvetic Link'); // [64602, 64603]
 */
export function ispAsns(
  links: readonly Pick<InventoryLink, 'isp' | 'asn'>[],
  isp: string,
): number[] {
  const asns = new Set<number>();
  for (const link of links) if (link.isp === isp) asns.add(link.asn);
  return [...asns].sort((a, b) => a - b);
}
