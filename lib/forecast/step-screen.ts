import { median } from './stats.ts';
import { FLOOR, OUTAGE, phases, REF } from './step-residuals.ts';

/** Slack for rounding: the screen's bounds may only be looser. */
const EPS = 1e-9;

/**
 * A cheap screen run once per series, a necessary condition of every
 * candidate step starting in `first..last` (docs/architecture.md
 * "Steps", detection). A candidate's residual of day i is the floored log of y[i]
 * less the median of the same phase's floored logs in its reference days;
 * bounding the floor by the window's smallest and largest values and the
 * median by its least and greatest over the candidates bounds every
 * residual. A step of at least `minChange` needs two days of its new level
 * (of three or more) at the change or beyond; when no two of the last days
 * can be, no candidate can succeed.
 *
 * @param y - finite, non-negative series
 * @param season - season length
 * @param minChange - smallest relative change of level that is a step
 * @param first - earliest candidate start (at least {@link REF})
 * @param last - latest candidate start
 * @returns false when no candidate can be a step
 * @example
 * mayStep([...Array(60).fill(10), ...Array(6).fill(17)], 7, 0.4, 39, 63); // true
 */
export function mayStep(
  y: readonly number[],
  season: number,
  minChange: number,
  first: number,
  last: number,
): boolean {
  if (first > last) return false;
  let top = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let i = first - REF; i < last; i += 1) {
    const v = y[i]!;
    if (v > top) top = v;
    if (v > 0 && v < least) least = v;
  }
  // A positive median of the reference days lies in [least / 2, top].
  if (!(top > 0)) return false;
  const a = Math.log((FLOOR * least) / 2);
  const b = Math.log(FLOOR * top);
  const low = (v: number) => Math.max(Math.log(v), a);
  const high = (v: number) => Math.max(Math.log(v), b);
  const { lo, hi } = phaseBounds(y, season, first, last, low, high);
  const m = phases(season);
  const up = Math.log1p(minChange) - EPS;
  const down = minChange < 1 ? Math.log(1 - minChange) + EPS : -Infinity;
  let ups = 0;
  let downs = 0;
  for (let i = first; i < y.length; i += 1) {
    const most = high(y[i]!) - lo[i % m]!;
    const least = low(y[i]!) - hi[i % m]!;
    if (most >= up) ups += 1;
    if (least <= down && most > Math.log(OUTAGE)) downs += 1;
  }
  return ups >= 2 || downs >= 2;
}

/**
 * Least median of `low` and greatest of `high` per phase over the
 * reference days of every candidate start (a phase's median is recomputed
 * only when its days change).
 */
function phaseBounds(
  y: readonly number[],
  season: number,
  first: number,
  last: number,
  low: (v: number) => number,
  high: (v: number) => number,
) {
  const m = phases(season);
  const lo = Array.from({ length: m }, () => Number.POSITIVE_INFINITY);
  const hi = Array.from({ length: m }, () => Number.NEGATIVE_INFINITY);
  for (let s = first; s <= last; s += 1) {
    for (let k = 0; k < m; k += 1) {
      const changed =
        s === first || (s - 1) % m === k || (s - 1 - REF) % m === k;
      if (!changed) continue;
      const days: number[] = [];
      for (let i = s - REF + ((((k - (s - REF)) % m) + m) % m); i < s; i += m) {
        days.push(y[i]!);
      }
      lo[k] = Math.min(lo[k]!, median(days.map(low)));
      hi[k] = Math.max(hi[k]!, median(days.map(high)));
    }
  }
  return { lo, hi };
}
