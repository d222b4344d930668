import type { BacktestRun } from './backtest.ts';
import { errorLevel } from './error-level.ts';
import type { RankedCandidate } from './score-runs.ts';

/**
 * Median per step of several paths (the mean of the middle two for an even
 * count: a trimmed mean dropping the extremes, for four members).
 *
 * @param paths - paths of equal length
 * @returns the median path
 * @example
 * medianPath([[1, 2], [3, 4], [10, 0]]); // [3, 2]
 */
export function medianPath(paths: readonly (readonly number[])[]): number[] {
  const k = paths.length;
  const len = paths[0]?.length ?? 0;
  const buf = new Float64Array(k);
  const out = new Array<number>(len);
  for (let i = 0; i < len; i += 1) {
    // Readable form: copy the step's values, then buf.sort(); an insertion
    // sort is several times faster for the handful of members. NaN (a
    // failed member) goes last, as with sort().
    for (let j = 0; j < k; j += 1) {
      const v = paths[j]![i]!;
      let p = j;
      for (; p > 0 && after(buf[p - 1]!, v); p -= 1) buf[p] = buf[p - 1]!;
      buf[p] = v;
    }
    out[i] = k % 2 ? buf[(k - 1) / 2]! : (buf[k / 2 - 1]! + buf[k / 2]!) / 2;
  }
  return out;
}

/** Whether `a` sorts after `b` in ascending order with NaN last. */
const after = (a: number, b: number) =>
  a > b || (Number.isNaN(a) && !Number.isNaN(b));

/**
 * Weighted blend w·a + (1 − w)·b per step.
 *
 * @param a - first path
 * @param b - second path
 * @param w - weight of `a` in [0, 1]
 * @returns the blend
 * @example
 * blendPath([2], [4], 0.25); // [3.5]
 */
export function blendPath(
  a: readonly number[],
  b: readonly number[],
  w: number,
): number[] {
  if (w === 0) return [...b];
  return b.map((x, i) => w * a[i]! + (1 - w) * x);
}

/**
 * Weight given to the best backtested candidate over the combination: 0
 * unless it beats the combination's score by more than `margin` (a share),
 * rising linearly to 1 at twice the margin, so weak evidence shrinks the
 * choice toward the combination.
 *
 * @param best - backtest score of the best candidate
 * @param combo - backtest score of the combination
 * @param margin - relative gain that starts to count (> 0)
 * @returns the weight in [0, 1]
 * @example
 * shrinkWeight(0.7, 1, 0.2); // 0.5
 */
export function shrinkWeight(best: number, combo: number, margin: number) {
  if (!(combo > 0) || !Number.isFinite(best)) return 0;
  const gain = 1 - best / combo;
  return Math.min(1, Math.max(0, (gain - margin) / margin));
}

/**
 * The median combination of the named models as a ranked candidate, scored
 * like the others (mean absolute error relative to the level at each
 * origin).
 *
 * @param runs - backtest runs holding every member's path
 * @param names - members
 * @returns the candidate (score NaN when a member is missing)
 * @example
 * medianCandidate(runs, ['theta', 'snaive-drift']).score;
 */
export function medianCandidate(
  runs: readonly BacktestRun[],
  names: readonly string[],
): RankedCandidate {
  const paths = new Map<BacktestRun, readonly number[]>();
  const levelOf = errorLevel(runs);
  let err = 0;
  let n = 0;
  for (const run of runs) {
    const members = names.map((m) => run.means[m]);
    const nan = () => run.actual.map(() => Number.NaN);
    const p = members.every((x) => x)
      ? medianPath(members as number[][])
      : nan();
    paths.set(run, p);
    const lvl = levelOf(run);
    for (let i = 0; i < run.actual.length; i += 1) {
      err += Math.abs(run.actual[i]! - p[i]!) / lvl;
    }
    n += run.actual.length;
  }
  const path = (run: BacktestRun) => paths.get(run)!;
  return { members: names, score: n > 0 ? err / n : Number.NaN, path };
}
