import type { DailySeries } from '#lib/domain/series';

/** The first day of the series. */
export const START = '2026-01-01';
/** How many days the series run. */
export const DAYS = 40;

/** A link of `gbps` whose samples per day are `samples(day)` (NaN: no row). */
export const link = (
  key: string,
  gbps: number,
  samples: (day: number) => number,
  start = START,
  days = DAYS,
): DailySeries => ({
  level: 'link',
  key,
  start,
  values: Array.from({ length: days }, (_, d) =>
    Number.isNaN(samples(d)) ? Number.NaN : gbps * 1e9,
  ),
  capacity: Array.from({ length: days }, () => 100e9),
  samples: Array.from({ length: days }, (_, d) => samples(d)),
});
/** A whole day of 5-minute samples. */
export const whole = () => 288;
/** Acme LHR1 PNI: 20 Gbps every day on 200 G. */
export const bundle: DailySeries = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  start: START,
  values: Array.from({ length: DAYS }, () => 20e9),
  capacity: Array.from({ length: DAYS }, () => 200e9),
};
/** The days a history left out (NaN). */
export const leftOut = (history: DailySeries) =>
  history.values.flatMap((v, day) => (Number.isNaN(v) ? [day] : []));
