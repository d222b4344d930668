import type { BacktestCase, BacktestResult } from '#lib/domain/backtest';
import type { DecisionBacktestSummary } from '#lib/domain/backtest-summary';
import { compareCodePoints } from '#lib/domain/code-point-order';
import { compareNames } from '#lib/domain/name-order';

const isMiss = (c: BacktestCase) =>
  c.outcome === 'false-negative' || c.outcome === 'false-positive';

/**
 * A backtest's misses, most relevant first: crossings without an alert
 * (a link that ran out unwarned, what the tool is for) before alerts
 * without a crossing, each the latest as-of dates first (the decisions
 * most like today's), then by group. The summary and the misses file
 * hold them in this order, and the accuracy page lists the first
 * `BACKTEST_MISSES_SHOWN`.
 *
 * @param cases - a backtest's judged cases
 * @returns its misses, in that order
 * @example
 * backtestMisses(result.cases)[0]?.outcome; // 'false-negative'
 */
export function backtestMisses(cases: readonly BacktestCase[]): BacktestCase[] {
  return cases
    .filter(isMiss)
    .sort(
      (a, b) =>
        Number(a.outcome === 'false-positive') -
          Number(b.outcome === 'false-positive') ||
        compareCodePoints(b.asOf, a.asOf) ||
        compareNames(a.group, b.group),
    );
}

/**
 * What the accuracy page shows of a backtest (`DecisionBacktestSummary`),
 * the one derivation for `headroom backtest`, the backtest state machine's
 * merge (both through `writeBacktest`) and publish reading a result
 * written before summaries were.
 *
 * @param result - the whole result
 * @returns the summary
 * @example
 * summarizeBacktest(result).misses.length; // the result's misses
 */
export function summarizeBacktest(
  result: BacktestResult,
): DecisionBacktestSummary {
  const { kind, byGroup, groupsWithoutData, cases, ...head } = result;
  return {
    ...head,
    kind: 'headroom-backtest-summary',
    misses: backtestMisses(cases),
  };
}
