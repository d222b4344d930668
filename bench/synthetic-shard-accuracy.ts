/** The accuracy-publish benchmark's synthetic compared points, per shard. */
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { computeAccuracy } from '#lib/report/accuracy';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';
import { lcg32 } from '#lib/sample/lcg32';
import { syntheticPoints } from './synthetic.ts';

/** Charted series per ISP: the ISP and its five groups. */
export const PER_ISP = 6;

/** How the synthetic fleet is cut into shards, and how far back it runs. */
export interface ShardLayout {
  /** The as-of date the past runs count back from. */
  readonly asOf: string;
  /** Daily past runs, the latest 91 days before `asOf`. */
  readonly runs: number;
  /** ISPs in the whole fleet. */
  readonly isps: number;
  /** ISPs per shard (the last shard may hold fewer). */
  readonly perShard: number;
}

/**
 * A shard's past runs' forecast points of its charted series (ISPs of
 * five groups) compared with their actuals (`computeAccuracy`, as
 * `shardAccuracy` does): daily runs up to 91 days before the as-of date,
 * values drawn by a deterministic generator seeded by the shard, so that
 * two versions of the code see one input.
 *
 * @param shard - the shard's index, from 0
 * @param layout - as-of date, runs, ISPs and ISPs per shard
 * @returns the compared points
 * @example
 * syntheticShardAccuracy(0, { asOf: '2026-11-26', runs: 100,
 *   isps: 5700, perShard: 300 }).length; // 540000
 */
export function syntheticShardAccuracy(shard: number, layout: ShardLayout) {
  const { runs } = layout;
  // One generator per shard, so both versions of the code see one input.
  const next = lcg32(shard + 1);
  const series = seriesOf(shard, layout);
  const start = addDays(layout.asOf, -(runs + 91));
  const days = runs + 91;
  const actuals: DailySeries[] = series.map((s) => ({
    ...s,
    start,
    values: Array.from({ length: days }, () => 1e9 * (1 + next())),
    capacity: [],
  }));
  const past: PastForecastPoints[] = Array.from({ length: runs }, (_, r) => {
    const asOf = addDays(layout.asOf, -91 - r);
    return {
      runId: asOf,
      asOf,
      decisionLevel: 80,
      series: series.map(
        (s): ForecastPointsSeries => ({
          ...s,
          points: syntheticPoints(
            asOf,
            () => 1e9 * (1 + next()) * (0.8 + 0.4 * next()),
          ),
        }),
      ),
    };
  });
  return computeAccuracy(past, actuals);
}

/** A shard's charted series: its ISPs and their groups. */
function seriesOf(shard: number, { isps, perShard }: ShardLayout) {
  const out: { level: 'isp' | 'group'; key: string; isp: string }[] = [];
  for (
    let i = shard * perShard;
    i < Math.min(isps, (shard + 1) * perShard);
    i++
  ) {
    const isp = `ISP ${String(i).padStart(6, '0')}`;
    out.push({ level: 'isp', key: isp, isp });
    for (let g = 0; g < PER_ISP - 1; g++) {
      out.push({ level: 'group', key: `${isp}/S${g}/pni`, isp });
    }
  }
  return out;
}
