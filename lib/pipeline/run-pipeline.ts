import { addDays, toDay } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import type { Severity } from '#lib/domain/vocabulary';
import { describeScenario } from '#lib/rules/describe-scenario';
import type { Scenario } from '#lib/rules/scenario';
import type { Deps } from './deps.ts';
import { evaluateAll } from './evaluate-all.ts';
import { loadInventory } from './load-inventory.ts';
import { loadQualityReport } from './load-quality.ts';
import { loadDailyRows, toDailySeries } from './load-series.ts';
import { modelSeries, seriesId } from './model-series.ts';
import { type NotifySummary, notify } from './notify.ts';
import { type RollupSummary, rollupLake } from './rollup.ts';
import { catalogSeries } from './series-catalog.ts';
import { writeReports } from './write-reports.ts';

/** What to run: the as-of date ("today") and an optional what-if. */
export interface RunInput {
  readonly asOf?: string;
  readonly scenario?: Scenario;
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
  const { config, engine, log } = deps;
  const inventory = await loadInventory(deps.inventory, config);
  const rollup = await rollupLake(deps, { asOf });
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  const rows = await loadDailyRows(engine, window);
  const catalog = catalogSeries(rows, inventory);
  const histories = new Map(
    toDailySeries(rows, window).map((s) => [seriesId(s), s]),
  );
  log.info('forecasting', { series: catalog.entries.length });
  const { modelled, stale } = modelSeries(
    catalog.entries,
    histories,
    asOf,
    config,
  );
  const evaluated = evaluateAll(
    modelled,
    inventory,
    asOf,
    config,
    input.scenario,
  );
  const knownLinks = inventory.links.map((link) => link.linkId);
  const quality = await loadQualityReport(engine, { ...window, knownLinks });
  const scenario = input.scenario && {
    name: input.scenario.name,
    description: describeScenario(input.scenario),
  };
  // A what-if only drafts its messages (into its report), never sends them.
  const whatIf =
    scenario &&
    (await notify(deps, {
      asOf,
      evaluations: evaluated.evaluations,
      dryRun: true,
      scenario: scenario.description,
    }));
  const folder = await writeReports(deps, {
    runId,
    asOf,
    startedAt: started.toISOString(),
    evaluated,
    quality,
    inventory,
    ...(scenario ? { scenario, draftMessages: whatIf?.messages ?? [] } : {}),
    inputs: {
      historyFrom: window.from,
      historyTo: window.to,
      daysRolledUp: rollup.days,
      dailyRows: rows.length,
      links: inventory.links.length,
      augments: inventory.augments.length,
      unknownSeries: catalog.unknown.length,
      staleSeries: stale.map((entry) => `${entry.level}:${entry.key}`),
    },
  });
  const notifications =
    whatIf ??
    (await notify(deps, { asOf, evaluations: evaluated.evaluations }));
  return {
    runId,
    asOf,
    folder,
    rollup,
    evaluations: evaluated.evaluations,
    severities: countSeverities(evaluated.evaluations),
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
