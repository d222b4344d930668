import { median } from './stats.ts';

/** The scale cleaning judges a series on, and the way back. */
export interface CleanTransform {
  readonly forward: (v: number) => number;
  readonly back: (v: number) => number;
}

/**
 * Logs for non-negative data (zeros floored at 1e-3 of the median, so an
 * outage is a deep dip), identity otherwise.
 *
 * @param y - finite series
 * @returns the transform and its inverse
 * @example
 * cleanTransform([0, 10, 10]).forward(0); // Math.log(0.01)
 */
export function cleanTransform(y: readonly number[]): CleanTransform {
  // An indexed loop: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const abs = new Array<number>(y.length);
  for (let i = 0; i < y.length; i += 1) abs[i] = Math.abs(y[i]!);
  const mid = median(abs);
  if (!(mid > 0) || y.some((v) => v < 0)) {
    return { forward: (v: number) => v, back: (v: number) => v };
  }
  const floor = 1e-3 * mid;
  return {
    forward: (v: number) => Math.log(Math.max(v, floor)),
    back: (v: number) => Math.exp(v),
  };
}

/**
 * `y.map(forward)` as an indexed loop: from `map`'s callback each value
 * came back as a heap number, twice the bytes of the array itself.
 *
 * @param y - series
 * @param forward - the transform's forward map
 * @returns the transformed values, a fresh array
 * @example
 * transformed([1, Math.E], Math.log); // [0, 1]
 */
export function transformed(
  y: readonly number[],
  forward: (v: number) => number,
): number[] {
  const out = new Array<number>(y.length);
  for (let i = 0; i < y.length; i += 1) out[i] = forward(y[i]!);
  return out;
}
