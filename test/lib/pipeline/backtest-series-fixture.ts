import type { DailySeries } from '#lib/domain/series';

/** The backtest's id in the tests. */
export const ID = 'backtest-0123456789abcdef';

/** A series as the test reads it: level, key, first day, values, samples. */
export const shown = (s: { history: DailySeries; observedDays: number }) =>
  `${s.history.level} ${s.history.key} ${s.history.start} ` +
  `[${s.history.values.map((v) => v / 1e9).join(',')}] ` +
  `${s.observedDays} ${s.history.samples?.join(',') ?? '-'}`;
