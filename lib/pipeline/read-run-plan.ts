import type { DataQualityReport } from '#lib/domain/quality';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import type { RunPlanFile } from './plan-run.ts';
import { readRunJson, runKeys } from './run-files.ts';

/** The end of the message for a run file that is not the run's own. */
const REPLACED = 'it was replaced or edited after the plan; run again';

/**
 * Reads `runs/<runId>/plan.json` and checks that it is this run's: a plan
 * copied from another run would have the shards and publish work on
 * another run's window, shards and configuration without a word (the
 * same guard as a shard's `result.json`, docs/architecture.md "Shard
 * format").
 *
 * @param store - the report store
 * @param runId - the run
 * @returns the plan
 * @throws StoreError naming the file when it is missing, not JSON or
 *   another run's
 * @example
 * const plan = await readRunPlan(deps.reports, '2026-11-26T060000');
 */
export async function readRunPlan(
  store: ObjectStore,
  runId: string,
): Promise<RunPlanFile> {
  const key = runKeys(runId).plan;
  const plan = await readRunJson<RunPlanFile>(store, key);
  if (plan.runId !== runId) {
    throw new StoreError(
      `${key} is run ${plan.runId}'s plan, not run ${runId}'s: ${REPLACED}`,
    );
  }
  return plan;
}

/**
 * Reads the run's `quality.json` and checks that it covers the plan's
 * window: one copied from a run of another as-of date would put another
 * window's data quality in the report.
 *
 * @param store - the report store
 * @param plan - the run's plan
 * @returns the data-quality report
 * @throws StoreError naming the file and both windows
 * @example
 * const quality = await readRunQuality(deps.reports, plan);
 */
export async function readRunQuality(
  store: ObjectStore,
  plan: Pick<RunPlanFile, 'runId' | 'window'>,
): Promise<DataQualityReport> {
  const key = runKeys(plan.runId).quality;
  const quality = await readRunJson<DataQualityReport>(store, key);
  const { from, to } = plan.window;
  if (quality.from !== from || quality.to !== to) {
    throw new StoreError(
      `${key} covers ${quality.from} to ${quality.to}, not the plan's ` +
        `${from} to ${to}: ${REPLACED}`,
    );
  }
  return quality;
}
