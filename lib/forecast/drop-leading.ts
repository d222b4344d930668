import type { SeriesForecast } from '#lib/domain/forecast';

/**
 * A forecast without its first `days` days: a series whose last days
 * have no value is forecast from its last observation over `days` more
 * days, and the days before those wanted are dropped, so that day `i` of
 * what is left is the wanted day `i` (docs/architecture.md "The forecast engine").
 *
 * @param forecast - the forecast from the last observation
 * @param days - leading days to drop
 * @returns the forecast from the first wanted day; warnings as they were
 * @example
 * dropLeading(forecastSeries([1, 2, Number.NaN], { horizon: 1 + 1,
 *   levels: [80] }), 1).mean.length; // 1
 */
export function dropLeading(
  forecast: SeriesForecast,
  days: number,
): SeriesForecast {
  if (days <= 0) return forecast;
  const drop = (bounds: Readonly<Record<number, readonly number[]>>) =>
    Object.fromEntries(
      Object.entries(bounds).map(([level, values]) => [
        level,
        values.slice(days),
      ]),
    );
  return {
    ...forecast,
    mean: forecast.mean.slice(days),
    lower: drop(forecast.lower),
    upper: drop(forecast.upper),
  };
}
