import type { CleanedPoint } from '#lib/domain/forecast';
import { divisorFor } from './decimal-scale.ts';

/**
 * The smallest magnitude, at the scale a series is fitted at, whose
 * squares the engine's variances still hold: below about 1e-154 a square
 * vanishes, and a series whose most values lie there, scaled down to fit
 * a value 1e200 times larger (`decimalScale`), was forecast with
 * intervals of zero width, certain where it knew nothing.
 */
const TINY = 1e-150;

/** Whether most of the non-zero magnitudes `sorted[from..]` are tiny. */
function mostTiny(sorted: readonly number[], from: number): boolean {
  const divisor = divisorFor(sorted[from]!);
  // Sorted largest first: binary search for the first tiny one.
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! / divisor < TINY) hi = mid;
    else lo = mid + 1;
  }
  return (sorted.length - lo) * 2 > sorted.length - from;
}

/** Whether a non-zero value lies below `TINY` at the scale of the largest. */
function anyTiny(values: readonly number[]): boolean {
  let top = 0;
  let least = Number.POSITIVE_INFINITY;
  for (const v of values) {
    const a = Math.abs(v);
    if (a === 0 || a === Number.POSITIVE_INFINITY || Number.isNaN(a)) continue;
    if (a > top) top = a;
    if (a < least) least = a;
  }
  return least / divisorFor(top) < TINY;
}

/**
 * The values no one scale fits with most of the series (docs/architecture.md
 * "The forecast engine"): while most non-zero values would lie below
 * `TINY` at the scale of the largest, the largest is one (a glitch of
 * 1e200 among values about 100, a unit slip; or one `1` among values of
 * 1e-200). An ordinary series is checked in one pass.
 *
 * @param values - daily values, non-finite where missing
 * @returns their indexes, largest magnitude first; none for most series
 * @example
 * farApartIndices([100, 101, 1e200, 102]); // [2]
 */
export function farApartIndices(values: readonly number[]): number[] {
  if (!anyTiny(values)) return [];
  const at = values.flatMap((v, i) =>
    v !== 0 && Number.isFinite(v) ? [i] : [],
  );
  const size = (i: number) => Math.abs(values[i]!);
  at.sort((a, b) => size(b) - size(a));
  const sorted = at.map(size);
  let k = 0;
  while (mostTiny(sorted, k)) k += 1;
  return at.slice(0, k);
}

/**
 * A series with its far-apart values (`farApartIndices`) each replaced
 * by the kept value before it (the first kept one, before any), for the
 * engine to fit, and those as cleaned points (a spike, or a dip for a
 * negative one): the rest of the series is forecast, as the engine's
 * cleaning does a spike, where the series was refused (and with it a
 * file's every series).
 *
 * @param values - daily values, non-finite where missing
 * @returns the values to fit and the points set aside
 * @example
 * setFarApartAside([100, 1e200, 102]).values; // [100, 100, 102]
 */
export function setFarApartAside(values: readonly number[]): {
  values: readonly number[];
  aside: CleanedPoint[];
} {
  const indexes = farApartIndices(values);
  if (indexes.length === 0) return { values, aside: [] };
  const aside = new Set(indexes);
  const kept = (v: number, j: number) => !aside.has(j) && Number.isFinite(v);
  const out = [...values];
  const points: CleanedPoint[] = [];
  // Each replaced by the kept value before it, the first ones by the first.
  let last = values.find(kept)!;
  values.forEach((original, index) => {
    if (kept(original, index)) last = original;
    if (!aside.has(index)) return;
    const kind = original > last ? 'spike' : 'dip';
    points.push({ index, kind, original, replacement: last });
    out[index] = last;
  });
  return { values: out, aside: points };
}
