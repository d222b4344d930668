import type { SeriesForecast } from '#lib/domain/forecast';
import { dropLeading } from '#lib/forecast/drop-leading';

/**
 * A forecast made from a series' last observation, re-aligned so that day
 * `i` is `asOf + i`: its first `days` days (those before the as-of date)
 * dropped, with a note on why the series ends early: no data, or days
 * left out (`leftOut` of them, noted elsewhere).
 *
 * @param forecast - the forecast from the last observation
 * @param days - days between the last observation and the as-of date
 * @param leftOut - of those, the days with data that were left out
 * @returns the re-aligned forecast, or `forecast` when `days` ≤ 0
 * @example
 * withoutGap(forecast, 3, 0).warnings.at(-1);
 * // 'the last 3 days before the as-of date have no data'
 */
export function withoutGap(
  forecast: SeriesForecast,
  days: number,
  leftOut: number,
): SeriesForecast {
  if (days <= 0) return forecast;
  const kept = dropLeading(forecast, days);
  const one = days === 1;
  const [have, were] = one ? ['has', 'was'] : ['have', 'were'];
  const what =
    leftOut <= 0
      ? `${have} no data`
      : leftOut >= days
        ? `${were} left out (see the note on them)`
        : `${have} no data or ${were} left out (${leftOut}, see the note on them)`;
  const last = one ? 'the last day' : `the last ${days} days`;
  return {
    ...kept,
    warnings: [...kept.warnings, `${last} before the as-of date ${what}`],
  };
}
