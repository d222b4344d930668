import type { IspSummary } from '#lib/domain/isp-summary';
import { ispSlug } from '#lib/domain/slug';
import { isAtRisk } from '#lib/domain/vocabulary';
import { renderIspPage } from '#lib/report/render-isp-page';
import type { ReportSeries } from '#lib/report/report-input';
import { reportedIsps } from '#lib/report/reported-isps';
import { worstSeverity } from '#lib/rules/summarize-isp';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';
import type { Deps } from './deps.ts';
import type { LazyFile } from './lazy-file.ts';
import type { MergedShards } from './merge-shards.ts';
import { readPageQuality } from './read-run-plan.ts';
import { readRunJson, runKeys } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { runReportInput } from './run-report-input.ts';

/**
 * The split ISPs' summaries completed from every shard's group
 * evaluations (each shard saw only its own groups), as `summarizeIsp`
 * counts them in a one-shard run; one whose own series is not forecast
 * gets its figures summed over all of them (`summarizeUnforecastIsp`,
 * keeping links.csv's ASNs, region and owner, and its bundles and
 * capacity there for the note that they are partial), and is left out when no
 * shard judged a bundle of it.
 *
 * @param merged - the merged rows
 * @param splitIsps - the ISPs split by group
 * @returns the ISP summaries
 * @example
 * const isps = completeSplitSummaries(merged, new Set(['Big']));
 */
export function completeSplitSummaries(
  merged: Pick<MergedShards, 'evaluations' | 'isps'>,
  splitIsps: ReadonlySet<string>,
): IspSummary[] {
  return merged.isps.flatMap((summary) => {
    if (!splitIsps.has(summary.isp)) return [summary];
    const groups = merged.evaluations.filter(
      (e) => e.level === 'group' && e.isp === summary.isp,
    );
    const forecast = merged.evaluations.some(
      (e) => e.level === 'isp' && e.key === summary.isp,
    );
    if (!forecast) {
      if (groups.length === 0) return [];
      const { asns, region, owner, partial } = summary;
      const whole = summarizeUnforecastIsp(summary.isp, groups, []);
      // links.csv's figures of the ISP are those of the shard that held
      // its own series, which has all its links.
      return [
        {
          ...whole,
          asns,
          region,
          owner,
          partial: { ...partial, groups: groups.length },
        },
      ];
    }
    const atRisk = groups.filter((e) => isAtRisk(e.severity));
    return [
      {
        ...summary,
        groupsAtRisk: atRisk.length,
        worstSeverity: worstSeverity(groups.map((e) => e.severity)),
      },
    ];
  });
}

/**
 * The split ISPs' pages, rendered by publish one at a time from the
 * series their shards wrote (`writeSplitSeries`) and every shard's
 * evaluations, with what the pages read of the data quality from the
 * plan (`readPageQuality`), as the shards do: the same page a one-shard
 * run renders, and no second read of the run's `quality.json`.
 *
 * @param deps - the report store
 * @param run - the plan and the merged rows (split summaries completed)
 * @returns one lazily rendered page per split ISP
 * @example
 * const pages = await splitIspPages(deps, { plan, merged });
 */
export async function splitIspPages(
  deps: Pick<Deps, 'reports'>,
  run: {
    readonly plan: RunPlanFile;
    readonly merged: MergedShards;
  },
): Promise<LazyFile[]> {
  const { plan, merged } = run;
  const split = new Set(plan.splitIsps);
  if (split.size === 0) return [];
  const keys = runKeys(plan.runId);
  const input = runReportInput(plan, {
    evaluations: merged.evaluations,
    isps: merged.isps,
    series: [],
    dataQuality: await readPageQuality(deps.reports, plan),
  });
  const summaries = reportedIsps(input).filter((s) => split.has(s.isp));
  return summaries.map((summary) => ({
    path: `isp/${ispSlug(summary.isp)}.html`,
    contentType: 'text/html; charset=utf-8',
    load: async () => {
      const series = new Map<string, ReportSeries>();
      for (const { shard, isp } of merged.split) {
        if (isp !== summary.isp) continue;
        const part = await readRunJson<ReportSeries[]>(
          deps.reports,
          keys.split(shard, isp),
        );
        for (const s of part) series.set(`${s.level}\u0000${s.key}`, s);
      }
      return renderIspPage(input, summary, (level, key) =>
        series.get(`${level}\u0000${key}`),
      );
    },
  }));
}
