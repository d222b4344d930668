import { OVERSIZED_PEAK_SHARE } from '#lib/domain/oversized-link';
import type { DataQualityReport } from '#lib/domain/quality';
import { formatBps, formatPct, plural } from './format.ts';

/**
 * The links whose capacity in links.csv is far above a year of their
 * traffic (`oversizedLinks`), in the words the overview's data-quality
 * section and the console's line share, as `sharedAsnText`'s parts: at
 * that capacity the link's utilization stays near 0 and it reads "ok"
 * whatever its traffic does, so a capacity written wrong is silent
 * (docs/architecture.md "Capacity far above traffic").
 *
 * @param q - the run's data-quality report
 * @returns the parts, or undefined when no link is named
 * @example
 * oversizedText(q)?.items;
 * // ['lhr1-acme-pni-1 (capacity 100 Gbps, peak 412 Mbps)']
 */
export function oversizedText(
  q: Pick<DataQualityReport, 'oversizedLinks'>,
): { head: string; detail: string; items: string[] } | undefined {
  const links = q.oversizedLinks ?? [];
  if (links.length === 0) return undefined;
  const [its, nears] =
    links.length === 1
      ? ['its', 'it never nears']
      : ['their', 'they never near'];
  return {
    head:
      `${plural(links.length, 'link')} whose highest daily peak of the ` +
      `last year stayed under ${formatPct(OVERSIZED_PEAK_SHARE, 0)} of ` +
      `${its} capacity in links.csv, so ${nears} a threshold`,
    detail:
      ': check the capacity_bps written (bps for Gbps, a 100G port for a 10G one)',
    items: links.map(
      (l) =>
        `${l.linkId} (capacity ${formatBps(l.capacityBps)}, peak ${formatBps(l.peakBps)})`,
    ),
  };
}
