import type { LongSeries } from '#lib/forecast/long-series';
import { MIN_SELECT_LENGTH } from '#lib/forecast/select-or-fallback';

/**
 * The warning for a series too short for its season: the engine's
 * seasonal models fit a season only from two of them on (Theta's
 * seasonality test, R `forecast::thetaf`; ETS, the regressions, STL;
 * docs/architecture.md "The forecast engine"), so `--season 365` on 500
 * days of a yearly pattern was left out of every fit without a word. A
 * series short of the 28 days the engine selects a model from has its
 * own warning, which says what its forecast repeats.
 *
 * @param s - the series
 * @param season - the `--season` given
 * @returns one warning, or none
 * @example
 * seasonWarning(series60Days, 90);
 * // ['60 days from its first to its last value, fewer than two seasons of 90 (--season 90): …']
 */
export function seasonWarning(s: LongSeries, season = 7): string[] {
  if (season < 2) return [];
  const { values } = s;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    if (first < 0) first = i;
    last = i;
    count++;
  }
  if (count < MIN_SELECT_LENGTH) return [];
  const days = last - first + 1;
  if (days >= 2 * season) return [];
  return [
    `${days} days from its first to its last value, fewer than two ` +
      `seasons of ${season} (--season ${season}): the engine fits a ` +
      'season from two of them on, so its forecast does not follow this one',
  ];
}
