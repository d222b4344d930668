import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import { idSlug } from '#lib/domain/slug';
import type { Severity } from '#lib/domain/vocabulary';
import { describeScenario } from '#lib/rules/describe-scenario';
import type { Deps } from './deps.ts';
import { latestAsOf } from './latest-run.ts';
import { mergeShards } from './merge-shards.ts';
import { type NotifySummary, notify } from './notify.ts';
import type { RunPlanFile } from './plan-run.ts';
import { publishMerged } from './publish-merged.ts';
import type { RollupSummary } from './rollup.ts';
import { EMPTY_ROLLUP } from './rollup-stage.ts';
import { readRunJson, runKeys } from './run-files.ts';
import { completeSplitSummaries } from './split-isp-pages.ts';

/** What a run did, for the console and the Lambda's result. */
export interface RunSummary {
  readonly runId: string;
  readonly asOf: string;
  /** Report folder of this run in the report store. */
  readonly folder: string;
  readonly rollup: RollupSummary;
  readonly evaluations: readonly Evaluation[];
  readonly severities: Readonly<Record<Severity, number>>;
  readonly quality: DataQualityReport;
  readonly notifications: NotifySummary;
  readonly seconds: number;
}

/**
 * The publish stage (docs/architecture.md "Stages"): merges the shards'
 * summary rows, writes the overview, data files, accuracy page and the
 * shards' ISP pages to `reports/<asOf>/` with the manifest last, switches
 * `latest/`, then notifies. It reads no daily series. A replay of a date
 * before the latest run's leaves `latest/` and the notification state
 * alone and only drafts its messages; a what-if goes under `scenarios/`
 * and sends nothing.
 *
 * @param deps - the ports
 * @param input - the run
 * @returns the run's summary
 * @throws StoreError naming a shard whose results are missing
 * @example
 * const summary = await publishRun(deps, { runId: '2026-11-26T060000' });
 */
export async function publishRun(
  deps: Deps,
  input: { readonly runId: string },
): Promise<RunSummary> {
  const keys = runKeys(input.runId);
  const plan = await readRunJson<RunPlanFile>(deps.reports, keys.plan);
  const shards = await mergeShards(deps.reports, plan.runId, plan.shards);
  const splitIsps = new Set(plan.splitIsps);
  const merged = {
    ...shards,
    isps: completeSplitSummaries(shards, splitIsps),
  };
  const quality: DataQualityReport = {
    ...(await readRunJson<DataQualityReport>(deps.reports, keys.quality)),
    staleSeries: merged.stale,
  };
  const { asOf } = plan;
  const runDeps = { ...deps, config: plan.config };
  const { evaluations } = merged;
  const scenario = plan.scenario && {
    name: plan.scenario.name,
    description: describeScenario(plan.scenario),
  };
  const latest = await latestAsOf(deps.reports);
  const replay = !scenario && latest !== undefined && asOf < latest;
  if (replay) {
    deps.log.warn(
      'replaying a date before the latest run: latest/ and ' +
        'notification state are left as they are, messages only drafted',
      { asOf, latest },
    );
  }
  // A what-if only drafts its messages (into its report), never sends them.
  const whatIf =
    scenario &&
    (await notify(runDeps, {
      asOf,
      evaluations,
      dryRun: true,
      scenario: scenario.description,
    }));
  const folder = scenario
    ? `scenarios/${idSlug(scenario.name)}/${asOf}`
    : `reports/${asOf}`;
  await publishMerged(runDeps, {
    plan,
    merged,
    quality,
    folder,
    latest: scenario || replay ? undefined : 'reports/latest',
    ...(scenario ? { scenario, draftMessages: whatIf?.messages ?? [] } : {}),
  });
  const notifications =
    whatIf ??
    (await notify(runDeps, {
      asOf,
      evaluations,
      ...(replay ? { dryRun: true } : {}),
    }));
  const started = new Date(plan.startedAt).getTime();
  return {
    runId: plan.runId,
    asOf,
    folder,
    rollup: plan.rollup ?? EMPTY_ROLLUP,
    evaluations,
    severities: countSeverities(evaluations),
    quality,
    notifications,
    seconds: (deps.clock.now().getTime() - started) / 1000,
  };
}

function countSeverities(evaluations: readonly Evaluation[]) {
  const counts: Record<Severity, number> = {
    ok: 0,
    watch: 0,
    warning: 0,
    critical: 0,
  };
  for (const e of evaluations) if (e.level === 'group') counts[e.severity] += 1;
  return counts;
}
