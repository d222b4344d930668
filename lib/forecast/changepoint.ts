import { type DesignSpec, designWidth, writeRow } from './design.ts';
import { leastSquares } from './linalg.ts';

/**
 * Search a trend changepoint (hinge) on weekly means, which is cheap: each
 * candidate between 30 % and 86 % of the window is scored by a BIC-like
 * cost, and none is kept unless it pays for its parameter.
 *
 * @param base - the design without hinges
 * @param y - fitted (possibly log) values of the window
 * @param n - length of the whole series
 * @returns zero or one hinge position, in years before the last day
 * @example
 * bestHinge({ season: 7, yearly: 0, end: 99 }, y, 100); // e.g. [-0.1]
 */
export function bestHinge(
  base: Omit<DesignSpec, 'hinges'>,
  y: readonly number[],
  n: number,
): number[] {
  const { weeks, centers } = weeklyMeans(y, n);
  const plain = { ...base, season: 1, hinges: [] };
  let best: number[] = [];
  let bestCost = cost(rowsAt(plain, centers), designWidth(plain), weeks, 0);
  // Readable form: cost(rowsAt({ ...plain, hinges: [c] }), …) for each c.
  // The rows differ only in the hinge column, rewritten in place.
  const hinged = { ...plain, hinges: [0] };
  const p = designWidth(hinged);
  const rows = rowsAt(hinged, centers);
  const span = y.length / 365.25;
  for (let f = 0.3; f <= 0.86; f += 0.04) {
    const c = -span * (1 - f);
    for (let i = 0; i < weeks.length; i += 1) {
      const u = rows[i * p + 1]!;
      rows[i * p + 2] = u > c ? u - c : 0;
    }
    const value = cost(rows, p, weeks, 1);
    if (value < bestCost) {
      bestCost = value;
      best = [c];
    }
  }
  return best;
}

function rowsAt(spec: DesignSpec, centers: readonly number[]): Float64Array {
  const p = designWidth(spec);
  const rows = new Float64Array(centers.length * p);
  centers.forEach((t, i) => {
    writeRow(spec, t, rows, i * p);
  });
  return rows;
}

/** BIC-like cost of a least-squares fit with `hinges` extra parameters. */
function cost(
  rows: Float64Array,
  p: number,
  weeks: readonly number[],
  hinges: number,
): number {
  const coef = leastSquares(rows, weeks, p, 1e-6);
  let sse = 0;
  weeks.forEach((w, i) => {
    let f = 0;
    for (let j = 0; j < p; j += 1) f += rows[i * p + j]! * coef[j]!;
    sse += (w - f) ** 2;
  });
  const k = weeks.length;
  return k * Math.log(sse / k + 1e-300) + hinges * 2 * Math.log(k);
}

/** Means of whole weeks counted back from the end, with centre indices. */
function weeklyMeans(y: readonly number[], n: number) {
  const weeks: number[] = [];
  const centers: number[] = [];
  for (let end = y.length; end >= 7; end -= 7) {
    let s = 0;
    for (let i = end - 7; i < end; i += 1) s += y[i]!;
    weeks.unshift(s / 7);
    centers.unshift(n - y.length + end - 4);
  }
  return { weeks, centers };
}
