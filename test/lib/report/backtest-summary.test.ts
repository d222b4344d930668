import { describe, expect, it } from 'vitest';
import { backtestSummary } from '#lib/report/backtest-summary';
import { fixtureSeries } from '../../fixtures/report/report-input.ts';

describe('backtestSummary', () => {
  it('gives the chosen models backtest errors on a first run', () => {
    // Prepare
    const s = fixtureSeries('group', 'A/LHR1/pni', 1e9, 1e6, []);
    const tested = (mase: number, smape: number, c: number) => ({
      ...s,
      forecast: {
        ...s.forecast,
        backtest: { mase, smape, coverage: { 80: c } },
      },
    });
    // Act
    const text = backtestSummary(
      [tested(1, 10, 0.7), tested(2, 20, 0.8), tested(3, 30, 0.9), s],
      80,
    );
    // Assess
    expect(text).toBe(
      "Until then, the chosen models' own backtests (rolling origins on each series' history, 3 series): median MASE 2.00 (its error over the history's usual change from a day to the same day a week later), median sMAPE 20.0%; the 80% intervals held a median 80% of backtest outcomes.",
    );
    expect(backtestSummary([s], 80)).toBe('');
  });
});
