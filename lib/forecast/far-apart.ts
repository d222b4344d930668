import type { CleanedPoint, SeriesForecast } from '#lib/domain/forecast';
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
  const at = values.flatMap((v, i) =>
    v !== 0 && Number.isFinite(v) ? [i] : [],
  );
  const size = (i: number) => Math.abs(values[i]!);
  const top = at.reduce((m, i) => Math.max(m, size(i)), 0);
  const tiny = at.filter((i) => size(i) / divisorFor(top) < TINY).length;
  if (tiny * 2 <= at.length) return [];
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

/**
 * A forecast with the points `setFarApartAside` set aside among its
 * cleaned ones (in place of the engine's at their days) and a warning
 * naming them (`farApartWarning`).
 *
 * @param f - the forecast of the values with them replaced
 * @param aside - the points set aside
 * @returns the forecast
 * @example
 * withSetAside(forecast, setFarApartAside(values).aside);
 */
export function withSetAside(
  f: SeriesForecast,
  aside: readonly CleanedPoint[],
): SeriesForecast {
  if (aside.length === 0) return f;
  const at = new Set(aside.map((c) => c.index));
  const cleaned = [...f.cleaned.filter((c) => !at.has(c.index)), ...aside];
  cleaned.sort((a, b) => a.index - b.index);
  return {
    ...f,
    cleaned,
    warnings: [...f.warnings, ...farApartWarning(aside)],
  };
}

/**
 * The warning of the values set aside as far apart, each named by
 * `where` (its day in the series; a command names its line).
 *
 * @param aside - the points set aside
 * @param where - where a value is, from its index
 * @returns zero or one warning
 * @example
 * farApartWarning([{ index: 30, kind: 'spike', original: 1e200,
 *   replacement: 129 }]);
 * // ['a value (day 31 of the series, y=1e+200) left out of the fit: …']
 */
export function farApartWarning(
  aside: readonly CleanedPoint[],
  where = (index: number) => `day ${index + 1} of the series`,
): string[] {
  if (aside.length === 0) return [];
  const shown = aside
    .slice(0, 3)
    .map((c) => `${where(c.index)}, y=${c.original}`);
  const more = aside.length > 3 ? `; ${aside.length - 3} more` : '';
  return [
    `${aside.length === 1 ? 'a value' : `${aside.length} values`} ` +
      `(${shown.join('; ')}${more}) left out of the fit: too far from most ` +
      "of the series' values for one scale to fit both (a glitch, or a " +
      'unit slip?); remove it or leave it empty',
  ];
}
