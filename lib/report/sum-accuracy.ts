import type { AccuracyRow, AccuracySums } from './accuracy-row.ts';

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

function sorted(sums: Map<string, AccuracySums>): AccuracySums[] {
  return [...sums.keys()].sort().map((k) => sums.get(k)!);
}
