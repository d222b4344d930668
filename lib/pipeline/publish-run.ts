import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import type { Severity } from '#lib/domain/vocabulary';
import type { Deps } from './deps.ts';
import { latestAsOf } from './latest-run.ts';
import { loadMergedRun, type MergedRunFiles } from './load-merged-run.ts';
import { type NotifySummary, notify } from './notify.ts';
import { publishMerged } from './publish-merged.ts';
import { publishWhatIf } from './publish-what-if.ts';
import type { RollupSummary } from './rollup.ts';
import { EMPTY_ROLLUP } from './rollup-stage.ts';
import type { RunPlanFile } from './run-plan-file.ts';

/** What a run did, for the console and the Lambda's result. */
export interface RunSummary {
  readonly runId: string;
  readonly asOf: string;
  /** Report folder of this run in the report store. */
  readonly folder: string;
  readonly rollup: RollupSummary;
  readonly evaluations: readonly Evaluation[];
  readonly severities: Readonly<Record<Severity, number>>;
  /** The data-quality report, `byLink` the overview's top links only. */
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
  const run = await loadMergedRun(deps, input.runId);
  const { plan, merged } = run;
  const runDeps = { ...deps, config: plan.config };
  const latest = await latestAsOf(deps.reports);
  const published = plan.scenario
    ? await publishWhatIf(runDeps, run, plan.scenario)
    : await publishDated(runDeps, run, checkReplay(deps, plan.asOf, latest));
  return summarizeRun(deps, plan, {
    ...published,
    evaluations: merged.evaluations,
    quality: run.quality,
  });
}

/**
 * Publishes a real run under `reports/<asOf>/`, then notifies. A replay
 * leaves `latest/` alone and only drafts its messages.
 */
async function publishDated(
  deps: Deps,
  run: MergedRunFiles,
  replay: boolean,
): Promise<{ folder: string; notifications: NotifySummary }> {
  const { asOf } = run.plan;
  const folder = `reports/${asOf}`;
  await publishMerged(deps, {
    ...run,
    folder,
    latest: replay ? undefined : 'reports/latest',
  });
  const notifications = await notify(deps, {
    asOf,
    evaluations: run.merged.evaluations,
    quality: run.quality,
    ...(replay ? { dryRun: true } : {}),
  });
  return { folder, notifications };
}

/** The run's summary, its time counted from the plan's start. */
function summarizeRun(
  deps: Pick<Deps, 'clock'>,
  plan: RunPlanFile,
  run: Pick<RunSummary, 'folder' | 'evaluations' | 'quality' | 'notifications'>,
): RunSummary {
  const started = new Date(plan.startedAt).getTime();
  return {
    runId: plan.runId,
    asOf: plan.asOf,
    folder: run.folder,
    rollup: plan.rollup ?? EMPTY_ROLLUP,
    evaluations: run.evaluations,
    severities: countSeverities(run.evaluations),
    quality: run.quality,
    notifications: run.notifications,
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

/**
 * Whether `asOf` is before the latest run's date: such a replay leaves
 * `latest/` and the notification state alone, and says so.
 */
function checkReplay(
  deps: Pick<Deps, 'log'>,
  asOf: string,
  latest: string | undefined,
): boolean {
  const replay = latest !== undefined && asOf < latest;
  if (replay) {
    deps.log.warn(
      'replaying a date before the latest run: latest/ and ' +
        'notification state are left as they are, messages only drafted',
      { asOf, latest },
    );
  }
  return replay;
}
