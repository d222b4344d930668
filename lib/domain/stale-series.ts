import type { DataQualityReport } from './quality.ts';

/**
 * The stale series (`level:key`) apart by why: those a link of which had
 * all its recent traffic set aside (it came, and was no usable sample),
 * those a link of which went quiet (its bundle's days since were left
 * out, docs/architecture.md "Bundles with a link gone quiet"), and those
 * with no data. Saying "no data" of the first two sent the user to the
 * wrong fault.
 *
 * @param q - the data-quality report, with its stale series
 * @returns the three lists, each in `staleSeries`' order
 * @example
 * splitStaleSeries(q);
 * // { setAside: ['group:Acme/LHR1/pni'], quiet: [], noData: [] }
 */
export function splitStaleSeries(
  q: Pick<DataQualityReport, 'staleSeries' | 'setAsideLinks' | 'quietLinks'>,
): { setAside: string[]; quiet: string[]; noData: string[] } {
  const setAside = new Set((q.setAsideLinks ?? []).flatMap((l) => l.series));
  const quiet = new Set((q.quietLinks ?? []).flatMap((l) => l.series));
  const stale = q.staleSeries ?? [];
  return {
    setAside: stale.filter((s) => setAside.has(s)),
    quiet: stale.filter((s) => !setAside.has(s) && quiet.has(s)),
    noData: stale.filter((s) => !setAside.has(s) && !quiet.has(s)),
  };
}

/**
 * A series as `staleSeries`, `setAsideLinks` and `quietLinks` name it,
 * and as a run's shards report those it did not forecast.
 *
 * @param series - its level and key
 * @returns `level:key`
 * @example
 * seriesName({ level: 'group', key: 'Acme/LHR1/pni' });
 * // 'group:Acme/LHR1/pni'
 */
export function seriesName(series: {
  readonly level: string;
  readonly key: string;
}): string {
  return `${series.level}:${series.key}`;
}
