import { type DesignSpec, designWidth, writeRow } from './design.ts';
import { centredLeastSquares } from './linalg.ts';
import { Memo } from './memo.ts';

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
  const weeks = weeklyMeans(y);
  const grid = hingeGrid(base, y.length, n);
  let best: number[] = [];
  const { plain, plainWidth, keep } = grid;
  let bestCost = cost(plain, plainWidth, weeks, 0, keep);
  for (const { c, rows } of grid.hinged()) {
    const value = cost(rows, plainWidth + 1, weeks, 1, keep);
    if (value < bestCost) {
      bestCost = value;
      best = [c];
    }
  }
  return best;
}

interface HingeGrid {
  readonly plain: Float64Array;
  readonly plainWidth: number;
  /** The candidates, in order (rewritten in place unless `keep`). */
  readonly hinged: () => Iterable<{ c: number; rows: Float64Array }>;
  /** Whether the grid is kept, and so the factors worth remembering. */
  readonly keep: boolean;
}

/**
 * Weekly designs (rows at the week centres) without a hinge and with each
 * candidate hinge; they depend on the lengths only, so series of one length
 * share them and the factors remembered with them (see {@link Memo}).
 */
const grids = new Memo<HingeGrid>(16);

function hingeGrid(
  base: Omit<DesignSpec, 'hinges'>,
  used: number,
  n: number,
): HingeGrid {
  const key = `${base.yearly}|${base.end}|${used}|${n}`;
  return grids.get(key, (keep) => {
    const centers = weekCenters(used, n);
    const plain = { ...base, season: 1, hinges: [] };
    const hingedSpec = { ...plain, hinges: [0] };
    const template = rowsAt(hingedSpec, centers);
    const span = used / 365.25;
    const each = () =>
      candidates(template, designWidth(hingedSpec), span, keep);
    const hinged = keep ? [...each()] : each;
    return {
      plain: rowsAt(plain, centers),
      plainWidth: designWidth(plain),
      hinged: Array.isArray(hinged) ? () => hinged : each,
      keep,
    };
  });
}

/**
 * Rows with each candidate hinge, in a copy of `template` each or, when
 * not `copy`, rewritten in `template` itself. Readable form:
 * rowsAt({ ...plain, hinges: [c] }, centers) for each c; the rows differ
 * only in the hinge column.
 */
function* candidates(
  template: Float64Array,
  p: number,
  span: number,
  copy: boolean,
) {
  for (let f = 0.3; f <= 0.86; f += 0.04) {
    const c = -span * (1 - f);
    const rows = copy ? template.slice() : template;
    for (let i = 0; i < rows.length / p; i += 1) {
      const u = rows[i * p + 1]!;
      rows[i * p + 2] = u > c ? u - c : 0;
    }
    yield { c, rows };
  }
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
  remember: boolean,
): number {
  const coef = centredLeastSquares(rows, weeks, p, 1e-6, remember);
  let sse = 0;
  // An indexed loop: a sum updated from a callback took a heap number per week.
  for (let i = 0; i < weeks.length; i += 1) {
    let f = 0;
    for (let j = 0; j < p; j += 1) f += rows[i * p + j]! * coef[j]!;
    sse += (weeks[i]! - f) ** 2;
  }
  const k = weeks.length;
  return k * Math.log(sse / k + 1e-300) + hinges * 2 * Math.log(k);
}

/** Means of whole weeks counted back from the end. */
function weeklyMeans(y: readonly number[]): number[] {
  const weeks: number[] = [];
  for (let end = y.length; end >= 7; end -= 7) {
    let s = 0;
    for (let i = end - 7; i < end; i += 1) s += y[i]!;
    weeks.unshift(s / 7);
  }
  return weeks;
}

/** Centre indices (into the whole series) of the weeks of {@link weeklyMeans}. */
function weekCenters(used: number, n: number): number[] {
  const centers: number[] = [];
  for (let end = used; end >= 7; end -= 7) centers.unshift(n - used + end - 4);
  return centers;
}
