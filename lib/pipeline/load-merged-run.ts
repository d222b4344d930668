import type { DataQualityReport } from '#lib/domain/quality';
import type { Deps } from './deps.ts';
import { type MergedShards, mergeShards } from './merge-shards.ts';
import type { RunPlanFile } from './plan-run.ts';
import { readRunPlan, readRunQuality } from './read-run-plan.ts';
import { completeSplitSummaries } from './split-isp-pages.ts';

/** What publish reads of a run: its plan, shards' rows and quality. */
export interface MergedRunFiles {
  readonly plan: RunPlanFile;
  readonly merged: MergedShards;
  readonly quality: DataQualityReport;
}

/**
 * Reads a run's plan and every shard's summary rows, merged, with the
 * summaries of ISPs split by group completed from all their shards
 * (docs/architecture.md "A very large ISP is split by group"), and the
 * plan's data-quality report with the shards' stale series added.
 *
 * @param deps - the report store
 * @param runId - the run
 * @returns the plan, merged rows and quality report
 * @throws StoreError naming a shard whose results are missing
 * @example
 * const { plan, merged, quality } = await loadMergedRun(deps,
 *   '2026-11-26T060000');
 */
export async function loadMergedRun(
  deps: Pick<Deps, 'reports'>,
  runId: string,
): Promise<MergedRunFiles> {
  const plan = await readRunPlan(deps.reports, runId);
  const shards = await mergeShards(deps.reports, plan.runId, plan.shards);
  const splitIsps = new Set(plan.splitIsps);
  const merged = {
    ...shards,
    isps: completeSplitSummaries(shards, splitIsps),
  };
  const quality: DataQualityReport = {
    ...(await readRunQuality(deps.reports, plan)),
    staleSeries: merged.stale,
  };
  return { plan, merged, quality };
}
