import type { CleanedPoint, SeriesForecast } from '#lib/domain/forecast';
import { farApartIndices } from './far-apart.ts';

/**
 * A forecast with the points `setFarApartAside` (far-apart.ts) set aside among its
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
 * `where` (its day in the series; a command names its line), with what
 * to do about them when the reader can (`fix`: a command's input file).
 *
 * @param aside - the points set aside
 * @param where - where a value is, from its index
 * @param fix - words that end the warning, after a semicolon
 * @returns zero or one warning
 * @example
 * farApartWarning([{ index: 30, kind: 'spike', original: 1e200,
 *   replacement: 129 }]);
 * // ['a value (day 31 of the series, y=1e+200) left out of the fit: …']
 */
export function farApartWarning(
  aside: readonly CleanedPoint[],
  where = (index: number) => `day ${index + 1} of the series`,
  fix?: string,
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
      `unit slip?)${fix === undefined ? '' : `; ${fix}`}`,
  ];
}

/**
 * The forecast's warnings with the engine's one of the values set aside
 * as far apart (`farApartWarning`, each named by its day in the series)
 * naming them by `where` instead: their dates in a run, their lines in
 * a command's input, where the caller knows them and the engine does not.
 *
 * @param values - the series the forecast was made of
 * @param f - its forecast (`forecastSeries`)
 * @param where - where a value is, from its index
 * @param fix - words that end the warning, from the number of values
 * @returns the warnings, in order
 * @example
 * namedFarApart(values, f, (i) => addDays('2026-01-01', i));
 * // ['a value (2026-01-31, y=1e+200) left out of the fit: …']
 */
export function namedFarApart(
  values: readonly number[],
  f: SeriesForecast,
  where: (index: number) => string,
  fix?: (count: number) => string,
): string[] {
  const indexes = new Set(farApartIndices(values));
  if (indexes.size === 0) return [...f.warnings];
  const aside = f.cleaned.filter((c) => indexes.has(c.index));
  const [engine] = farApartWarning(aside);
  const [named] = farApartWarning(aside, where, fix?.(aside.length));
  return f.warnings.map((w) => (w === engine ? named! : w));
}
