import type { DataQualityReport, LinkQuality } from '#lib/domain/quality';
import type { Deps } from './deps.ts';
import { type MergedShards, mergeShards } from './merge-shards.ts';
import { loadRunQuality } from './read-quality-rows.ts';
import { readRunPlan } from './read-run-plan.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { completeSplitSummaries } from './split-isp-pages.ts';

/** What publish reads of a run: its plan, shards' rows and quality. */
export interface MergedRunFiles {
  readonly plan: RunPlanFile;
  readonly merged: MergedShards;
  /**
   * The data-quality report, its `byLink` the overview's top links only
   * (`loadRunQuality`): every row is in `qualityRows`.
   */
  readonly quality: DataQualityReport;
  /** Every per-link row, a page at a time, for `data-quality.json`. */
  readonly qualityRows: () => AsyncIterable<readonly LinkQuality[]>;
}

/**
 * Reads a run's plan and every shard's summary rows, merged, with the
 * summaries of ISPs split by group completed from all their shards
 * (docs/architecture.md "A very large ISP is split by group"), and the
 * plan's data-quality report with the shards' stale series added, its
 * per-link rows read a part at a time, never all held (`loadRunQuality`:
 * docs/architecture.md "Publish's memory").
 *
 * @param deps - the report store
 * @param runId - the run
 * @returns the plan, merged rows, quality report and its rows
 * @throws StoreError naming a shard whose results are missing, or the
 *   quality report's file
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
  const { quality, rows } = await loadRunQuality(deps.reports, plan);
  return {
    plan,
    merged,
    quality: { ...quality, staleSeries: merged.stale },
    qualityRows: rows,
  };
}
