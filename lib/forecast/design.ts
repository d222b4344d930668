import { Memo } from './memo.ts';

/** Regressors of the trend models: trend, hinges, weekly and yearly terms. */
export interface DesignSpec {
  /** Season length (weekly dummies when > 1). */
  readonly season: number;
  /** Yearly Fourier pairs (0 = none). */
  readonly yearly: number;
  /** Hinge positions, in years relative to the last fitted day. */
  readonly hinges: readonly number[];
  /** Index (into the full series) of the last fitted day. */
  readonly end: number;
}

/** Days in a year, the unit of the trend and hinge columns. */
export const YEAR = 365.25;

/**
 * Number of regressors of a spec.
 *
 * @param spec - the design
 * @returns column count
 * @example
 * designWidth({ season: 7, yearly: 0, hinges: [], end: 9 }); // 8
 */
export function designWidth(spec: DesignSpec): number {
  return (
    2 + spec.hinges.length + Math.max(0, spec.season - 1) + 2 * spec.yearly
  );
}

/**
 * Write the regressors of series index `t` into `out` at `offset`.
 *
 * @param spec - the design
 * @param t - index into the full series (may lie beyond its end)
 * @param out - destination
 * @param offset - first column's position in `out`
 * @example
 * const row = new Float64Array(8);
 * writeRow({ season: 7, yearly: 0, hinges: [], end: 9 }, 10, row, 0);
 */
export function writeRow(
  spec: DesignSpec,
  t: number,
  out: Float64Array,
  offset: number,
): void {
  const u = (t - spec.end) / YEAR;
  let k = offset;
  out[k++] = 1;
  out[k++] = u;
  for (const c of spec.hinges) out[k++] = u > c ? u - c : 0;
  const phase = ((t % spec.season) + spec.season) % spec.season;
  for (let d = 1; d < spec.season; d += 1) out[k++] = phase === d ? 1 : 0;
  const table = fourierTable(t, spec.yearly);
  for (let j = 1; j <= spec.yearly; j += 1) {
    if (table !== undefined) {
      const o = 2 * (t * YEARLY_MAX + j - 1);
      out[k++] = table[o]!;
      out[k++] = table[o + 1]!;
    } else {
      const a = (2 * Math.PI * j * t) / YEAR;
      out[k++] = Math.sin(a);
      out[k++] = Math.cos(a);
    }
  }
}

/** Fourier pairs per day and days (about 22 years) kept in the table. */
const YEARLY_MAX = 8;
const DAYS_MAX = 8192;
let fourier = new Float64Array(0);

/**
 * Yearly sines and cosines by day index, computed once with the very
 * expression of {@link writeRow} (so values are identical): every trend
 * fit and forecast needs them for hundreds of days. Grows to cover `t`;
 * undefined when the table does not apply (then they are computed).
 */
function fourierTable(t: number, yearly: number): Float64Array | undefined {
  if (yearly === 0 || yearly > YEARLY_MAX) return undefined;
  if (!Number.isInteger(t) || t < 0 || t >= DAYS_MAX) return undefined;
  const days = fourier.length / (2 * YEARLY_MAX);
  if (t < days) return fourier;
  const size = Math.min(DAYS_MAX, Math.max(2 * days, t + 1, 1024));
  const next = new Float64Array(size * 2 * YEARLY_MAX);
  next.set(fourier);
  for (let d = days; d < size; d += 1) {
    for (let j = 1; j <= YEARLY_MAX; j += 1) {
      const a = (2 * Math.PI * j * d) / YEAR;
      next[2 * (d * YEARLY_MAX + j - 1)] = Math.sin(a);
      next[2 * (d * YEARLY_MAX + j - 1) + 1] = Math.cos(a);
    }
  }
  fourier = next;
  return fourier;
}

/**
 * Design matrix of indices `from..to` (inclusive), row-major.
 *
 * @param spec - the design
 * @param from - first index
 * @param to - last index
 * @returns the matrix
 * @example
 * designMatrix({ season: 1, yearly: 0, hinges: [], end: 2 }, 0, 2);
 */
export function designMatrix(
  spec: DesignSpec,
  from: number,
  to: number,
): Float64Array {
  const p = designWidth(spec);
  const rows = new Float64Array(Math.max(0, to - from + 1) * p);
  for (let t = from; t <= to; t += 1) writeRow(spec, t, rows, (t - from) * p);
  return rows;
}

/**
 * Design matrices recently built: the linear and log trends at one origin
 * share theirs, and series of one length repeat them at every origin.
 */
const designs = new Memo<Float64Array>(160);

/**
 * {@link designMatrix}, shared with recent calls of the same spec and
 * range (see {@link Memo}): the result must not be changed.
 *
 * @param spec - the design
 * @param from - first index
 * @param to - last index
 * @returns the matrix (read only)
 * @example
 * sharedDesign({ season: 7, yearly: 0, hinges: [], end: 99 }, 0, 99);
 */
export function sharedDesign(
  spec: DesignSpec,
  from: number,
  to: number,
): Float64Array {
  const { season, yearly, hinges, end } = spec;
  const key = `${season}|${yearly}|${hinges.join(',')}|${end}|${from}|${to}`;
  return designs.get(key, () => designMatrix(spec, from, to));
}
