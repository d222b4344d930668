import type { BacktestCase, BacktestResult } from '#lib/domain/backtest';
import type { DecisionBacktestSummary } from '#lib/domain/backtest-summary';
import { assembleBacktest } from '#lib/pipeline/assemble-backtest';
import { summarizeBacktest } from '#lib/pipeline/summarize-backtest';

/**
 * A backtest of one as-of date, 2026-03-01, scored as `headroom backtest`
 * scores it (`assembleBacktest`), for the tests of what shows it.
 *
 * @param cases - its judged cases
 * @param groupsWithoutData - inventory groups with no rolled-up rows
 * @returns the backtest
 * @example
 * const result = fixtureBacktest([hit, miss]);
 */
export function fixtureBacktest(
  cases: readonly BacktestCase[],
  groupsWithoutData: readonly string[] = [],
): BacktestResult {
  return assembleBacktest(
    {
      kind: 'headroom-backtest',
      from: '2026-03-01',
      to: '2026-03-01',
      everyDays: 30,
      asOfDates: ['2026-03-01'],
      dataFirstDay: '2025-01-01',
      dataLastDay: '2026-11-30',
      decisionLevel: 80,
      thresholds: { default: { warning: 0.7, critical: 0.85 } },
      generatedAt: '2026-12-01T06:00:00.000Z',
    },
    [...cases],
    [...groupsWithoutData],
    3,
  );
}

/**
 * The summary of {@link fixtureBacktest}'s backtest, as the backtest
 * writes it for publish (`summarizeBacktest`).
 *
 * @param cases - its judged cases
 * @returns the summary
 * @example
 * renderBacktestSection(fixtureSummary([hit, miss]));
 */
export function fixtureSummary(
  cases: readonly BacktestCase[],
): DecisionBacktestSummary {
  return summarizeBacktest(fixtureBacktest(cases));
}
