import type { AccuracyRow, AccuracySums } from './report-input.ts';

/** Errors of one series (or all) at one horizon. */
export interface AccuracySummary {
  readonly level: string;
  readonly key: string;
  readonly isp: string;
  readonly horizonDays: number;
  readonly count: number;
  /** Mean absolute percentage error. */
  readonly mape: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /**
   * Of `count`, the comparisons whose bounds were at today's decision
   * level: the shares below are of these (NaN when none).
   */
  readonly bounded: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
  /** Share of actuals above the interval's upper bound (0–1). */
  readonly aboveShare: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ISPs first, then by key and horizon: the page's table order.
const orderKey = (s: { level: string; key: string; horizonDays: number }) =>
  `${s.level === 'isp' ? 0 : 1}\u0000${s.key}\u0000${String(s.horizonDays).padStart(4, '0')}`;

/**
 * Adds up compared points per series and horizon, each series' points in
 * the order given (`computeAccuracy`'s: by run), so that a mean taken
 * from these sums has the bits the mean of the rows had. Points inside
 * the interval and above it are counted only of those whose bounds were
 * kept at `level` (`bounded`): a run made under another decision level
 * promised another share.
 *
 * @param rows - rows from `computeAccuracy`
 * @param level - today's decision level, e.g. 80
 * @returns one entry per series and horizon, ISPs first
 * @example
 * sumAccuracy(rows, 80)[0]?.count; // points compared of the first ISP at 30 days
 */
export function sumAccuracy(
  rows: readonly AccuracyRow[],
  level: number,
): AccuracySums[] {
  const sums = new Map<string, Mutable<AccuracySums>>();
  for (const r of rows) {
    const k = orderKey(r);
    let s = sums.get(k);
    if (s === undefined) {
      const { level, key, isp, horizonDays } = r;
      s = {
        level,
        key,
        isp,
        horizonDays,
        count: 0,
        absErrorPct: 0,
        errorPct: 0,
        bounded: 0,
        inside: 0,
        above: 0,
      };
      sums.set(k, s);
    }
    s.count += 1;
    s.absErrorPct += Math.abs(r.errorPct);
    s.errorPct += r.errorPct;
    if (r.boundLevel !== level) continue;
    s.bounded += 1;
    s.inside += r.inInterval ? 1 : 0;
    s.above += r.aboveUpper ? 1 : 0;
  }
  return sorted(sums);
}

/**
 * Adds sums of the same series and horizon (from several shards, or all
 * ISPs under one key), in the order given.
 *
 * @param parts - lists of sums, e.g. one per shard
 * @returns one entry per series and horizon, ISPs first
 * @example
 * mergeAccuracySums([shard1.sums, shard2.sums]);
 */
export function mergeAccuracySums(
  parts: readonly (readonly AccuracySums[])[],
): AccuracySums[] {
  const sums = new Map<string, Mutable<AccuracySums>>();
  for (const part of parts) {
    for (const p of part) {
      const k = orderKey(p);
      const s = sums.get(k);
      if (s === undefined) {
        sums.set(k, { ...p });
        continue;
      }
      s.count += p.count;
      s.absErrorPct += p.absErrorPct;
      s.errorPct += p.errorPct;
      s.bounded += p.bounded;
      s.inside += p.inside;
      s.above += p.above;
    }
  }
  return sorted(sums);
}

/**
 * Each horizon's sums over all ISPs, the ISPs added in the table's order
 * (so the figures do not depend on how the series were sharded).
 *
 * @param sums - per series and horizon (`sumAccuracy`, `mergeAccuracySums`)
 * @returns one entry per horizon, key 'All ISPs'
 * @example
 * overallAccuracySums(sums).map((s) => s.horizonDays); // [30, 60, 90]
 */
export function overallAccuracySums(
  sums: readonly AccuracySums[],
): AccuracySums[] {
  return mergeAccuracySums([
    sums
      .filter((s) => s.level === 'isp')
      .map((s) => ({ ...s, key: 'All ISPs', isp: '' })),
  ]);
}

/**
 * The means of sums: MAPE and signed error over every comparison,
 * coverage and the share above the upper bound over those whose bounds
 * were at today's decision level (NaN when none were).
 *
 * @param sums - per series and horizon
 * @returns one summary per entry, in the same order
 * @example
 * summarizeSums(sumAccuracy(rows))[0]?.mape; // e.g. 8.4
 */
export function summarizeSums(
  sums: readonly AccuracySums[],
): AccuracySummary[] {
  return sums.map((s) => ({
    level: s.level,
    key: s.key,
    isp: s.isp,
    horizonDays: s.horizonDays,
    count: s.count,
    mape: s.absErrorPct / s.count,
    biasPct: s.errorPct / s.count,
    bounded: s.bounded,
    coverage: s.inside / s.bounded,
    aboveShare: s.above / s.bounded,
  }));
}

/**
 * Aggregates compared points per series and horizon.
 *
 * @param rows - rows from `computeAccuracy`
 * @param level - today's decision level, e.g. 80
 * @returns one summary per series and horizon, ISPs first
 * @example
 * summarizeAccuracy(rows, 80)[0]?.mape; // e.g. 8.4
 */
export function summarizeAccuracy(
  rows: readonly AccuracyRow[],
  level: number,
): AccuracySummary[] {
  return summarizeSums(sumAccuracy(rows, level));
}

function sorted(sums: Map<string, AccuracySums>): AccuracySums[] {
  return [...sums.keys()].sort().map((k) => sums.get(k)!);
}
