import type { Evaluation } from '#lib/domain/evaluation';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';
import type { Evaluated } from './evaluate-all.ts';
import type { CatalogEntry } from './series-catalog.ts';

/**
 * The shard's evaluations with a summary for each ISP whose own series
 * it holds but did not forecast (stale), so that the ISP's page, the
 * overview, `isps.csv` and its partner pack give its ASNs, region and
 * owner from links.csv (`summarizeUnforecastIsp`), and say that its
 * figures are partial, with the bundles and capacity links.csv gives it
 * (its links in service, silent ones too). A summary is made
 * where the shard judged a bundle of the ISP (else the ISP gets no page),
 * and always for an ISP split by group, whose bundles other shards judge
 * (publish completes it: `completeSplitSummaries`).
 *
 * @param evaluated - the shard's evaluated series
 * @param stale - the shard's series not forecast
 * @param splitIsps - the ISPs split by group
 * @returns the evaluated series with those summaries added
 * @example
 * withUnforecastIsps(evaluated, stale, new Set()).isps.map((s) => s.asns);
 */
export function withUnforecastIsps(
  evaluated: Evaluated,
  stale: readonly CatalogEntry[],
  splitIsps: ReadonlySet<string>,
): Evaluated {
  const isps = stale.filter((entry) => entry.level === 'isp');
  if (isps.length === 0) return evaluated;
  const groups = new Map<string, Evaluation[]>();
  for (const e of evaluated.evaluations) {
    if (e.level !== 'group') continue;
    const list = groups.get(e.isp);
    if (list) list.push(e);
    else groups.set(e.isp, [e]);
  }
  const added = isps.flatMap((entry) => {
    const own = groups.get(entry.key) ?? [];
    if (own.length === 0 && !splitIsps.has(entry.key)) return [];
    const inService = [...entry.links, ...(entry.silent ?? [])];
    return [summarizeUnforecastIsp(entry.key, own, linksOf(entry), inService)];
  });
  return { ...evaluated, isps: [...evaluated.isps, ...added] };
}

/** An ISP's links in service, else its silent or retired ones. */
function linksOf(entry: CatalogEntry) {
  if (entry.links.length > 0) return entry.links;
  return [...(entry.silent ?? []), ...(entry.retired ?? [])];
}
