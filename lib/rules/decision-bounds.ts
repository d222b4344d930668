import type { SeriesForecast } from '#lib/domain/forecast';

/**
 * The bounds of the decision interval: the forecast's level closest to
 * `decisionLevel` (the forecast stage normally produces exactly that one),
 * or the mean on both sides when the forecast has no interval.
 *
 * @param forecast - a series forecast
 * @param decisionLevel - the configured level in percent, e.g. 80
 * @returns the level used and its lower and upper bound per day
 * @example
 * decisionBounds(forecast, 80).upper[0]; // upper 80 % bound of day 0
 */
export function decisionBounds(
  forecast: SeriesForecast,
  decisionLevel: number,
): {
  readonly level?: number;
  readonly lower: readonly number[];
  readonly upper: readonly number[];
} {
  const levels = Object.keys(forecast.upper)
    .map(Number)
    .filter((key) => Number.isFinite(key));
  if (levels.length === 0) {
    return { lower: forecast.mean, upper: forecast.mean };
  }
  const level = levels.reduce((best, candidate) =>
    Math.abs(candidate - decisionLevel) < Math.abs(best - decisionLevel)
      ? candidate
      : best,
  );
  return {
    level,
    lower: forecast.lower[level] ?? forecast.mean,
    upper: forecast.upper[level]!,
  };
}
