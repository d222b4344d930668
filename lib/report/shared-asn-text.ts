import type { DataQualityReport } from '#lib/domain/quality';
import { quotedJson } from '#lib/input-message';
import { plural } from './format.ts';

/** The ASNs links.csv writes for two ISP names, as a sentence's parts. */
export interface SharedAsnText {
  /** What was found and what it does, the overview's and console's words. */
  readonly head: string;
  /** What to do, for the overview and the console alike. */
  readonly detail: string;
  /** Each ASN with its names and their first lines. */
  readonly items: readonly string[];
}

/**
 * The ASNs links.csv writes for two ISP names or more (`sharedAsns`), in
 * the words the overview's data-quality section and the console's line
 * share: each name is an ISP of its own, so a typo splits one ISP's
 * pages, emails and totals, and an ASN two contracts share is left as it
 * is (docs/architecture.md "Data contracts").
 *
 * @param q - the run's data-quality report
 * @returns the parts, or undefined when no ASN is shared
 * @example
 * sharedAsnText(q)?.items;
 * // ['AS64602 for "Helvetic Link" (line 2) and "Helvetic Link, AG" (line 5)']
 */
export function sharedAsnText(
  q: Pick<DataQualityReport, 'sharedAsns'>,
): SharedAsnText | undefined {
  const shared = q.sharedAsns ?? [];
  if (shared.length === 0) return undefined;
  return {
    head:
      `${plural(shared.length, 'ASN')} written in links.csv for two ISP ` +
      'names or more, each name an ISP of its own (its own page, emails ' +
      'and totals)',
    detail:
      ': one ISP written two ways? write one name in its isp column; ' +
      'one ASN shared by two contracts (after an acquisition) needs nothing',
    items: shared.map(({ asn, isps }) => {
      const names = isps.map((n) => `${quotedJson(n.isp)} (line ${n.line})`);
      return `AS${asn} for ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    }),
  };
}
