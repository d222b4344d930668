import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import type { AccuracyTally } from '#lib/report/accuracy-row';
import { mergeAccuracyTallies } from '#lib/report/accuracy-tally';
import type { ForecastPointsSeries } from '#lib/report/forecast-points';
import type { FileDigest } from './build-manifest.ts';
import { checkShardResult } from './check-shard-result.ts';
import type { ShardListItem } from './choose-shards.ts';
import { readRunJson, runKeys } from './run-files.ts';
import type { SeriesNotes, ShardResult } from './shard-result.ts';
import { withAsns } from './summary-asns.ts';

/** The shards' summary rows, merged in one order whatever the sharding. */
export interface MergedShards {
  readonly evaluations: Evaluation[];
  readonly isps: IspSummary[];
  accuracy: AccuracyTally;
  readonly points: ForecastPointsSeries[];
  readonly notes: SeriesNotes[];
  readonly stale: string[];
  /** Each ISP page, its digest and the shard that rendered it, by path. */
  readonly pages: (FileDigest & { readonly shard: string })[];
  /** Each split ISP and a shard holding some of its charted series. */
  readonly split: { readonly shard: string; readonly isp: string }[];
}

/**
 * Reads the shards' `result.json` one at a time, in shard order, keeping
 * only the summary rows (never a history), and sorts them into the order
 * a single shard would have produced: series by level then key, the
 * accuracy tallies merged (sums per series and horizon, the chart's rows
 * chosen again), pages by path. That is what makes a
 * sharded run's outputs byte-identical to a one-shard run's
 * (docs/architecture.md "Stages").
 *
 * @param store - the report store
 * @param runId - the run
 * @param shards - the run's shards (`shards.json`)
 * @returns the merged rows
 * @throws StoreError naming a shard whose results are missing
 * @example
 * const merged = await mergeShards(deps.reports, runId, shards);
 */
export async function mergeShards(
  store: ObjectStore,
  runId: string,
  shards: readonly ShardListItem[],
): Promise<MergedShards> {
  const merged: MergedShards = {
    evaluations: [],
    isps: [],
    accuracy: { sums: [], chart: [] },
    points: [],
    notes: [],
    stale: [],
    pages: [],
    split: [],
  };
  const accuracy: AccuracyTally[] = [];
  for (const { shard } of shards) {
    const result = await readResult(store, runId, shard);
    merged.evaluations.push(...result.evaluations);
    merged.isps.push(...result.isps.map(withAsns));
    accuracy.push(result.accuracy);
    merged.points.push(...result.points);
    merged.notes.push(...result.notes);
    merged.stale.push(...result.stale);
    merged.pages.push(...result.pages.map((page) => ({ shard, ...page })));
    merged.split.push(...result.split.map((isp) => ({ shard, isp })));
  }
  merged.evaluations.sort(bySeries);
  merged.isps.sort((a, b) => compareCodePoints(a.isp, b.isp));
  merged.accuracy = mergeAccuracyTallies(accuracy);
  merged.points.sort(bySeries);
  merged.notes.sort(bySeries);
  merged.stale.sort((a, b) => bySeries(splitId(a), splitId(b)));
  merged.pages.sort((a, b) => compareCodePoints(a.path, b.path));
  return merged;
}

async function readResult(store: ObjectStore, runId: string, shard: string) {
  try {
    const key = runKeys(runId).result(shard);
    const result = await readRunJson<ShardResult>(store, key);
    checkShardResult(result, runId, shard);
    return result;
  } catch (error) {
    throw new StoreError(
      `shard ${shard} has no readable results: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** The catalog's order: level, then key. */
function bySeries(
  a: { level: string; key: string },
  b: { level: string; key: string },
): number {
  return compareCodePoints(a.level, b.level) || compareCodePoints(a.key, b.key);
}

function splitId(id: string) {
  const at = id.indexOf(':');
  return { level: id.slice(0, at), key: id.slice(at + 1) };
}
