import type { DailySeries } from '#lib/domain/series';
import { cleanSeries } from '#lib/forecast/index';

/**
 * The series with the days the forecast's cleaner flags as one-off
 * spikes (far above a rolling median with weekly factors: a cup final, a
 * counter glitch) set to missing, so that a one-evening surge does not
 * count as running out of capacity, just as it does not count in the
 * run's current peak. Level shifts and dips are left alone: a lasting
 * jump in demand is real, and a dip cannot cause a crossing.
 *
 * @param series - daily peaks, `NaN` for missing days
 * @param season - the weekly season, 7 days
 * @returns the same calendar with spike days `NaN`
 * @example
 * dropSpikes({ ...series, values: [...weeks, 3 * peak, ...weeks] })
 *   .values[weeks.length]; // NaN
 */
export function dropSpikes(series: DailySeries, season = 7): DailySeries {
  const known: number[] = [];
  series.values.forEach((value, index) => {
    if (Number.isFinite(value)) known.push(index);
  });
  const { cleaned } = cleanSeries(
    known.map((index) => series.values[index]!),
    season,
  );
  const values = [...series.values];
  for (const point of cleaned) {
    if (point.kind === 'spike') values[known[point.index]!] = Number.NaN;
  }
  return { ...series, values };
}
