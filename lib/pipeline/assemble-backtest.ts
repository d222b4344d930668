import type { Config } from '#lib/config';
import type { BacktestCase, BacktestResult } from '#lib/domain/backtest';
import { compareCodePoints } from '#lib/domain/code-point-order';
import { compareNames } from '#lib/domain/name-order';
import { scoreBacktest } from '#lib/rules/score-backtest';
import type { BacktestRange, DataSpan } from './backtest-dates.ts';

/** A backtest's result without its cases and scores: what its plan fixes. */
export type BacktestHead = Omit<
  BacktestResult,
  'seconds' | 'totals' | 'byDate' | 'byGroup' | 'groupsWithoutData' | 'cases'
>;

/**
 * The head of a backtest's result, from its plan, the configuration and
 * when it started.
 *
 * @param plan - the range, its as-of dates and the data's span
 * @param config - the configuration the decisions are judged with
 * @param started - when the backtest started
 * @returns the head
 * @example
 * const head = backtestHead(plan, deps.config, deps.clock.now());
 */
export function backtestHead(
  plan: {
    readonly range: BacktestRange;
    readonly asOfDates: readonly string[];
    readonly span: DataSpan;
  },
  config: Pick<Config, 'decisionLevel' | 'thresholds'>,
  started: Date,
): BacktestHead {
  return {
    kind: 'headroom-backtest',
    ...plan.range,
    asOfDates: plan.asOfDates,
    dataFirstDay: plan.span.firstDay,
    dataLastDay: plan.span.lastDay,
    decisionLevel: config.decisionLevel,
    thresholds: config.thresholds,
    generatedAt: started.toISOString(),
  };
}

/**
 * The whole result from the judged cases of every batch, in whatever
 * order the batches came: cases in date order (stable within a date),
 * scored in total, per date and per group; groups without data in name
 * order. The same for `headroom backtest`, which replays its batches in
 * turn, and the backtest state machine, whose batches run apart
 * (docs/architecture.md "The decision backtest").
 *
 * @param head - from {@link backtestHead}
 * @param cases - every judged case
 * @param groupsWithoutData - inventory groups with no rolled-up rows
 * @param seconds - the backtest's duration
 * @returns the result as written to `state/backtest.json`
 * @example
 * const result = assembleBacktest(head, cases, [], 12.5);
 */
export function assembleBacktest(
  head: BacktestHead,
  cases: BacktestCase[],
  groupsWithoutData: string[],
  seconds: number,
): BacktestResult {
  // By date, then group: the order never depends on how groups were
  // batched.
  cases.sort(
    (a, b) =>
      compareCodePoints(a.asOf, b.asOf) || compareNames(a.group, b.group),
  );
  return {
    ...head,
    seconds,
    ...scoreParts(cases),
    groupsWithoutData: groupsWithoutData.sort(compareNames),
    cases,
  };
}

function scoreParts(cases: readonly BacktestCase[]) {
  const by = (
    key: (c: BacktestCase) => string,
    order: (a: string, b: string) => number,
  ) => {
    const parts = new Map<string, BacktestCase[]>();
    for (const c of cases) {
      const part = parts.get(key(c));
      if (part) part.push(c);
      else parts.set(key(c), [c]);
    }
    return [...parts.entries()].sort(([a], [b]) => order(a, b));
  };
  return {
    totals: scoreBacktest(cases),
    byDate: by((c) => c.asOf, compareCodePoints).map(([asOf, part]) => ({
      asOf,
      ...scoreBacktest(part),
    })),
    byGroup: by((c) => c.group, compareNames).map(([group, part]) => ({
      group,
      isp: part[0]!.isp,
      ...scoreBacktest(part),
    })),
  };
}
