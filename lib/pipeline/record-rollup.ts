import { RUN_ROLLUPS_PREFIX } from '#lib/domain/vocabulary';
import type { Deps } from './deps.ts';
import type { RollupSummary } from './rollup.ts';
import { ROLLUP_STATE } from './rollup-state.ts';

/**
 * Where the rollup of a state machine's execution keeps its summary for
 * that execution's plan, in the report store: under `runs/`, so that it
 * expires with the runs' working files (a week). `state/rollup.json` is
 * the last rollup's, whichever execution ran it: a replay's rollup (an
 * earlier date, started by hand) between the daily run's rollup and its
 * plan had the daily report state the replay's faults (docs/architecture.md
 * "How a run flows").
 *
 * @param execution - the execution's id (its ARN)
 * @returns the summary's key
 * @example
 * runRollupKey(event.execution); // runs/rollups/arn%3Aaws%3Astates%3A….json
 */
export function runRollupKey(execution: string): string {
  return `${RUN_ROLLUPS_PREFIX}${encodeURIComponent(execution)}.json`;
}

/**
 * Records a rollup's summary (faults included): in `state/rollup.json`,
 * the last rollup's, with the batch limits the next rollup keeps to, and
 * for an execution's rollup also at its own key (`runRollupKey`), which
 * its plan reads.
 *
 * @param deps - the report store
 * @param rollup - the as-of date and, on AWS, the execution's id
 * @param summary - what the rollup did
 * @example
 * await recordRollup(deps, { asOf: '2026-11-26', execution }, summary);
 */
export async function recordRollup(
  deps: Pick<Deps, 'reports'>,
  rollup: { readonly asOf: string; readonly execution?: string },
  summary: RollupSummary,
): Promise<void> {
  const saved = { asOf: rollup.asOf, ...summary };
  const text = `${JSON.stringify(saved, null, 2)}\n`;
  await deps.reports.put(ROLLUP_STATE, text, 'application/json');
  if (rollup.execution === undefined) return;
  const key = runRollupKey(rollup.execution);
  await deps.reports.put(key, text, 'application/json');
}
