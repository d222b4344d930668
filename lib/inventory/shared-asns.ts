import type { InventoryLink } from '#lib/domain/inventory';
import type { SharedAsn } from '#lib/domain/shared-asn';

/**
 * The ASNs links.csv writes for two ISP names or more, each with its
 * names and their first lines: not refused, since one ASN may serve two
 * contracts (after an acquisition), but said in the data-quality report,
 * as each name is an ISP of its own (docs/architecture.md "Data
 * contracts"). Names that differ only in case, spaces or punctuation are
 * refused before (`rejectNearNames`).
 *
 * @param links - links.csv's links, in file order
 * @returns the shared ASNs, ascending; none in the usual inventory
 * @example
 * sharedAsns(links); // [{ asn: 64602, isps: [{ isp: 'Helvetic Link', line: 2 }, …] }]
 */
export function sharedAsns(
  links: readonly Pick<InventoryLink, 'isp' | 'asn' | 'line'>[],
): SharedAsn[] {
  const byAsn = new Map<number, Map<string, number>>();
  for (const { asn, isp, line } of links) {
    const names = byAsn.get(asn) ?? new Map<string, number>();
    if (!names.has(isp)) names.set(isp, line);
    byAsn.set(asn, names);
  }
  return [...byAsn]
    .filter(([, names]) => names.size > 1)
    .sort(([a], [b]) => a - b)
    .map(([asn, names]) => ({
      asn,
      isps: [...names].map(([isp, line]) => ({ isp, line })),
    }));
}
