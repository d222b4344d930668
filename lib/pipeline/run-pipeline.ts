import { toDay } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import type { Severity } from '#lib/domain/vocabulary';
import { describeScenario } from '#lib/rules/describe-scenario';
import type { Scenario } from '#lib/rules/scenario';
import type { Deps } from './deps.ts';
import { evaluateAll } from './evaluate-all.ts';
import { gatherSeries } from './gather-series.ts';
import { checkLakeCoverage } from './lake-coverage.ts';
import { latestAsOf } from './latest-run.ts';
import { loadInventory } from './load-inventory.ts';
import { loadQualityReport } from './load-quality.ts';
import { type NotifySummary, notify } from './notify.ts';
import type { RollupSummary } from './rollup.ts';
import { lastRollup, rollupStage } from './rollup-stage.ts';
import { writeReports } from './write-reports.ts';

/** What to run: the as-of date ("today") and an optional what-if. */
export interface RunInput {
  readonly asOf?: string;
  readonly scenario?: Scenario;
  /**
   * Whether this run rolls up first (default true). The AWS forecast
   * run does not: the rollup Lambda did just before, so one run rolls
   * up once.
   */
  readonly rollup?: boolean;
}

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
 * One whole run: rollup, forecast, evaluate, report, notify. Handlers and
 * the CLI call this with their own `Deps`. The inventory is validated
 * before anything is written; reports are published before notifications
 * so that every link in a message resolves.
 *
 * @param deps - the ports (local or AWS)
 * @param input - as-of date (default: today from the clock) and scenario
 * @returns a summary of the run
 * @example
 * const summary = await runPipeline(deps, { asOf: '2026-11-26' });
 */
export async function runPipeline(
  deps: Deps,
  input: RunInput = {},
): Promise<RunSummary> {
  const started = deps.clock.now();
  const asOf = input.asOf ?? toDay(started);
  const runId = `${asOf}T${started.toISOString().slice(11, 19).replaceAll(':', '')}`;
  const { config, engine } = deps;
  const inventory = await loadInventory(
    deps.inventory,
    config,
    deps.inventoryLocation,
  );
  const rolled =
    input.rollup === false
      ? await lastRollup(deps)
      : await rollupStage(deps, { asOf, links: inventory.links });
  await checkLakeCoverage(engine, asOf, config.historyDays);
  const gathered = await gatherSeries(deps, inventory, asOf, rolled);
  const { modelled, window, inputs } = gathered;
  const evaluated = evaluateAll(
    modelled,
    inventory,
    asOf,
    config,
    input.scenario,
  );
  const { evaluations } = evaluated;
  const knownLinks = inventory.links.map((link) => link.linkId);
  const quality = {
    ...(await loadQualityReport(engine, { ...window, knownLinks })),
    staleSeries: inputs.staleSeries,
    unreadableFiles: rolled.unreadableFiles,
    daysNotReRolled: rolled.notReRolled,
  };
  const scenario = input.scenario && {
    name: input.scenario.name,
    description: describeScenario(input.scenario),
  };
  const latest = await latestAsOf(deps.reports);
  const replay = !scenario && latest !== undefined && asOf < latest;
  if (replay) {
    deps.log.warn(
      'replaying a date before the latest run: latest/ and ' +
        'notification state are left as they are, messages only drafted',
      {
        asOf,
        latest,
      },
    );
  }
  // A what-if only drafts its messages (into its report), never sends them.
  const whatIf =
    scenario &&
    (await notify(deps, {
      asOf,
      evaluations,
      dryRun: true,
      scenario: scenario.description,
    }));
  const report = {
    runId,
    asOf,
    startedAt: started.toISOString(),
    evaluated,
    quality,
    inventory,
    inputs,
  };
  const folder = await writeReports(deps, {
    ...report,
    ...(scenario ? { scenario, draftMessages: whatIf?.messages ?? [] } : {}),
    replay,
  });
  const notifications =
    whatIf ??
    (await notify(deps, {
      asOf,
      evaluations,
      ...(replay ? { dryRun: true } : {}),
    }));
  return {
    runId,
    asOf,
    folder,
    rollup: gathered.rollup,
    evaluations,
    severities: countSeverities(evaluations),
    quality,
    notifications,
    seconds: (deps.clock.now().getTime() - started.getTime()) / 1000,
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
