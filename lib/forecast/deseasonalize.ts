/**
 * The seasonal adjustment of the Theta methods (R `forecast::thetaf`):
 * multiplicative on a series, additive on its logs; cached by array.
 */

import { ArrayCache } from './array-cache.ts';
import {
  additiveIndices,
  isSeasonal,
  multiplicativeIndices,
} from './seasonal-decompose.ts';

/** How seasonal terms combine with the adjusted series. */
export type Decomposition = 'multiplicative' | 'additive';

/**
 * Deseasonalise for Theta: when the series is seasonal ({@link isSeasonal})
 * and, for the multiplicative form, positive, divide by the multiplicative
 * indices or subtract the additive terms; otherwise return it unchanged
 * with a neutral figure (1, or 0 when additive).
 *
 * @param x - finite series
 * @param m - season length
 * @param kind - multiplicative (the default, `thetaf`'s) or additive
 * @returns adjusted series and the index of each phase (phase 0 = x[0])
 * @example
 * deseasonalize([1, 3, 1, 3, 1, 3, 1, 3], 2).adjusted; // [2, 2, …]
 */
export function deseasonalize(
  x: readonly number[],
  m: number,
  kind: Decomposition = 'multiplicative',
): Deseasonalized {
  // Theta and optimised Theta fit the same training array at each origin.
  const byKey = cache.get(x, () => new Map<string, Deseasonalized>());
  const key = `${kind}${m}`;
  let out = byKey.get(key);
  if (out === undefined) {
    out = { m, ...adjust(x, m, kind) };
    byKey.set(key, out);
  }
  return out;
}

/** A deseasonalised series, its indices and season length. */
export interface Deseasonalized {
  readonly m: number;
  readonly adjusted: readonly number[];
  readonly figure: readonly number[];
}

const cache = new ArrayCache<Map<string, Deseasonalized>>();

function adjust(x: readonly number[], m: number, kind: Decomposition) {
  const additive = kind === 'additive';
  const f = seasonalFigure(x, m, additive);
  if (f === undefined) return { adjusted: x, figure: [additive ? 0 : 1] };
  // An indexed loop: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const adjusted = new Array<number>(x.length);
  for (let t = 0; t < x.length; t += 1) {
    adjusted[t] = additive ? x[t]! - f[t % m]! : x[t]! / f[t % m]!;
  }
  return { adjusted, figure: f };
}

/**
 * The seasonal index by phase when `x` is seasonal (and positive, if
 * multiplicative), else undefined.
 */
function seasonalFigure(x: readonly number[], m: number, additive: boolean) {
  if (additive) {
    return isSeasonal(x, m) ? additiveIndices(x, m)?.figure : undefined;
  }
  const positive = x.every((v) => v > 0);
  return positive && isSeasonal(x, m)
    ? multiplicativeIndices(x, m)?.figure
    : undefined;
}
