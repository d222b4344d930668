import type { DailySeries } from '#lib/domain/series';

/** The first day of every series built here. */
export const START = '2026-01-01';

/** Weekday pattern and a little noise, so that weekdays are compared. */
const shape = (d: number) =>
  (d % 7 < 5 ? 1 : 0.85) * (1 + 0.02 * Math.sin(d * 2.3));

/**
 * A daily series from {@link START} of `days` days, `gbps(d)` on day `d`
 * times the weekly shape, on 10 G links.
 *
 * @example
 * dailySeries('link', 'a', () => 4.5, 100).values[0]; // 4.5e9
 */
export function dailySeries(
  level: DailySeries['level'],
  key: string,
  gbps: (d: number) => number,
  days: number,
): DailySeries {
  return {
    level,
    key,
    start: START,
    values: Array.from({ length: days }, (_, d) => gbps(d) * 1e9 * shape(d)),
    capacity: Array.from({ length: days }, () => 10e9),
  };
}
