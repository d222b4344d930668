import { type DesignSpec, designWidth, sharedDesign, YEAR } from './design.ts';
import { fitResiduals } from './fit-residuals.ts';
import { leastSquares } from './linalg.ts';
import { Memo } from './memo.ts';
import { dot } from './stats.ts';

/**
 * Prophet's trend changepoints: `count` potential changepoints spread
 * evenly over the first `range` of the window, each slope change with a
 * Laplace prior of scale `prior` (on the series divided by its largest
 * |value| and time scaled to 0..1 over the window, as Prophet scales).
 */
export interface LaplaceChangepoints {
  readonly count: number;
  readonly range: number;
  readonly prior: number;
}

/**
 * Positions of the potential changepoints, in years relative to the last
 * day of a window of `used` days (the design's hinge unit): Prophet's
 * rows round(i·(m − 1)/count), i = 1..count, of the first m = ⌊used·range⌋.
 *
 * @param used - days in the window
 * @param cp - the changepoint settings
 * @returns hinge positions (≤ 0), without repeats
 * @example
 * changepointPositions(101, { count: 4, range: 0.8, prior: 0.05 }); // 4 hinges
 */
export function changepointPositions(
  used: number,
  cp: LaplaceChangepoints,
): number[] {
  const m = Math.floor(used * cp.range);
  const count = Math.min(cp.count, m - 1);
  const rows = new Set<number>();
  for (let i = 1; i <= count; i += 1) {
    rows.add(Math.round((i * (m - 1)) / count));
  }
  return [...rows].map((r) => (r - (used - 1)) / YEAR);
}

/** The design of Prophet's hinges with the free columns partialled out. */
export interface ProjectedHinges {
  readonly spec: DesignSpec;
  readonly plain: Float64Array;
  readonly q: number;
  readonly s: number;
  /** Hinge columns less their fit on the free columns, column-major. */
  readonly cols: Float64Array;
  /** Their cross products, s × s. */
  readonly gram: Float64Array;
  /** Each hinge column's coefficients on the free columns, s × q. */
  readonly free: Float64Array;
}

/**
 * The hinge columns with the free columns partialled out depend on the
 * lengths only: series of one length share them (see {@link Memo}).
 */
const projections = new Memo<ProjectedHinges>(16);

/**
 * The hinge columns of Prophet's changepoints with the free columns (level,
 * slope, weekly and yearly terms) partialled out, their cross products and
 * their fits on the free columns.
 *
 * @param base - the design without hinges
 * @param used - days in the window
 * @param n - length of the whole series
 * @param cp - the changepoint settings
 * @returns the projected design (shared: must not be changed)
 * @example
 * projectedHinges({ season: 7, yearly: 0, end: 99 }, 100, 100, cp).s; // 25
 */
export function projectedHinges(
  base: Omit<DesignSpec, 'hinges'>,
  used: number,
  n: number,
  cp: LaplaceChangepoints,
): ProjectedHinges {
  const { season, yearly, end } = base;
  const key = `${season}|${yearly}|${end}|${used}|${n}|${cp.count}|${cp.range}`;
  return projections.get(key, () => {
    const spec = { ...base, hinges: changepointPositions(used, cp) };
    const s = spec.hinges.length;
    const plain = sharedDesign({ ...base, hinges: [] }, n - used, n - 1);
    const q = designWidth({ ...base, hinges: [] });
    const cols = new Float64Array(s * used);
    const free = new Float64Array(s * q);
    for (let j = 0; j < s; j += 1) {
      const c = spec.hinges[j]!;
      const col = Float64Array.from({ length: used }, (_, t) =>
        Math.max(0, (t - (used - 1)) / YEAR - c),
      );
      const b = leastSquares(plain, col, q, 1e-9, true);
      free.set(b, j * q);
      const residual = fitResiduals(plain, col, b);
      for (let t = 0; t < used; t += 1) cols[j * used + t] = residual(t);
    }
    const gram = crossProducts(cols, s, used);
    return { spec, plain, q, s, cols, gram, free };
  });
}

/** The s × s cross products of s column-major columns of `used` rows. */
function crossProducts(cols: Float64Array, s: number, used: number) {
  const gram = new Float64Array(s * s);
  for (let i = 0; i < s; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      const v = dot(
        cols.subarray(i * used, (i + 1) * used),
        cols.subarray(j * used, (j + 1) * used),
      );
      gram[i * s + j] = v;
      gram[j * s + i] = v;
    }
  }
  return gram;
}
