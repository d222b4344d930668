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

const YEAR = 365.25;

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
  for (let j = 1; j <= spec.yearly; j += 1) {
    const a = (2 * Math.PI * j * t) / YEAR;
    out[k++] = Math.sin(a);
    out[k++] = Math.cos(a);
  }
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
