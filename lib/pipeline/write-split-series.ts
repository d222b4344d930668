import type { Evaluation } from '#lib/domain/evaluation';
import type { ReportSeries } from '#lib/report/report-input';
import type { Deps } from './deps.ts';
import { runKeys, writeRunJson } from './run-files.ts';

/**
 * Writes, for each ISP split by group (docs/architecture.md "Choosing
 * shards"), the charted series this shard holds of it: its ISP-level
 * series and its groups'. Publish renders the split ISP's page from them.
 *
 * @param deps - the report store
 * @param run - run, shard, the shard's charted series and evaluations,
 *   the split ISPs
 * @returns the split ISPs this shard wrote series of
 * @example
 * const split = await writeSplitSeries(deps, { runId, shard, series,
 *   evaluations, splitIsps: new Set(['Big']) });
 */
export async function writeSplitSeries(
  deps: Pick<Deps, 'reports'>,
  run: {
    readonly runId: string;
    readonly shard: string;
    readonly series: readonly ReportSeries[];
    readonly evaluations: readonly Evaluation[];
    readonly splitIsps: ReadonlySet<string>;
  },
): Promise<string[]> {
  const ispOf = new Map(
    run.evaluations.map((e) => [`${e.level}\u0000${e.key}`, e.isp]),
  );
  const byIsp = new Map<string, ReportSeries[]>();
  for (const s of run.series) {
    const isp = ispOf.get(`${s.level}\u0000${s.key}`);
    if (isp === undefined || !run.splitIsps.has(isp)) continue;
    const list = byIsp.get(isp);
    if (list) list.push(s);
    else byIsp.set(isp, [s]);
  }
  const keys = runKeys(run.runId);
  for (const [isp, series] of byIsp) {
    await writeRunJson(deps.reports, keys.split(run.shard, isp), series);
  }
  return [...byIsp.keys()];
}
