import type { DataQualityReport, PageQuality } from '#lib/domain/quality';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import { readRunJson, runKeys } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';

/** The end of the message for a run file that is not the run's own. */
export const REPLACED = 'it was replaced or edited after the plan; run again';

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
 * `quality.json`: the data-quality report, its per-link rows (`byLink`)
 * only in an older run's, whose plan has no `qualityRows`.
 */
export type RunQuality = Omit<DataQualityReport, 'byLink'> &
  Partial<Pick<DataQualityReport, 'byLink'>>;

/**
 * Reads the run's `quality.json` and checks that it covers the plan's
 * window: one copied from a run of another as-of date would put another
 * window's data quality in the report.
 *
 * @param store - the report store
 * @param plan - the run's plan
 * @returns the data-quality report (without its per-link rows, which
 *   are in parts beside it, unless the run is older: `readQualityRows`)
 * @throws StoreError naming the file and both windows
 * @example
 * const quality = await readRunQuality(deps.reports, plan);
 */
export async function readRunQuality(
  store: ObjectStore,
  plan: Pick<RunPlanFile, 'runId' | 'window'>,
): Promise<RunQuality> {
  const key = runKeys(plan.runId).quality;
  const quality = await readRunJson<RunQuality>(store, key);
  const { from, to } = plan.window;
  if (quality.from !== from || quality.to !== to) {
    throw new StoreError(
      `${key} covers ${quality.from} to ${quality.to}, not the plan's ` +
        `${from} to ${to}: ${REPLACED}`,
    );
  }
  return quality;
}

/**
 * What the ISP pages read of the run's data-quality report
 * (`PageQuality`: its days with no traffic, the links not in links.csv
 * that read like a bundle's members), from the plan, which carries them:
 * a shard reads none of the fleet's `quality.json`, whose per-link rows
 * grow with the fleet (docs/architecture.md "The plan's memory"). A plan
 * from before it carried them (a deployment landing between a run's plan
 * and its shards) has them read from `quality.json`, whole, as then.
 *
 * @param store - the report store (read only for an older plan)
 * @param plan - the run's plan (`readRunPlan`: this run's)
 * @returns the pages' fields of the data-quality report
 * @throws StoreError naming `quality.json` when an older plan's is
 *   missing, not JSON or of another window
 * @example
 * const dataQuality = await readPageQuality(deps.reports, plan);
 */
export async function readPageQuality(
  store: ObjectStore,
  plan: Pick<RunPlanFile, 'runId' | 'window' | 'trafficDays' | 'likelyMembers'>,
): Promise<PageQuality> {
  const older = plan.trafficDays === undefined;
  const { firstTrafficDay, missingDays, likelyMembers } = older
    ? await readRunQuality(store, plan)
    : { ...plan.trafficDays, likelyMembers: plan.likelyMembers };
  // Field by field: an older plan's whole report is not held.
  return {
    ...(firstTrafficDay === undefined ? {} : { firstTrafficDay }),
    missingDays,
    ...(likelyMembers === undefined ? {} : { likelyMembers }),
  };
}
