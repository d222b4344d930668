import {
  BACKTEST_KEY,
  type BacktestCase,
  type BacktestResult,
} from './backtest.ts';

/** The misses the accuracy page lists; every miss is in the misses file. */
export const BACKTEST_MISSES_SHOWN = 200;

/**
 * What the accuracy page shows of a decision backtest, written beside its
 * whole result (`backtestFiles`), so that publish reads its misses, not
 * the fleet's cases (75–112 MB at 100,000 links): the head, totals and
 * per-date scores as the result has them, and every miss (an alert
 * without a crossing, a crossing without an alert), most relevant first
 * (`backtestMisses`' order). The page lists the first
 * `BACKTEST_MISSES_SHOWN` and publishes them all as a CSV beside it. One
 * file, replaced whole: the page, the CSV and the counts always come from
 * the same backtest, whenever a run or a kill falls.
 *
 * @example
 * const s: Partial<DecisionBacktestSummary> = {
 *   kind: 'headroom-backtest-summary', misses: [] };
 */
export interface DecisionBacktestSummary
  extends Omit<
    BacktestResult,
    'kind' | 'byGroup' | 'groupsWithoutData' | 'cases'
  > {
  readonly kind: 'headroom-backtest-summary';
  /**
   * The whole result's file this summary was made from, as written
   * (`writeBacktest`): publish compares its size with the stored result's
   * to notice a backtest stopped between its two writes. Absent from a
   * summary written before it was recorded.
   */
  readonly resultFile?: BacktestResultFile;
  /** Every miss of the backtest, most relevant first. */
  readonly misses: readonly BacktestCase[];
}

/** A written result's identity: its length and SHA-256, both of its bytes. */
export interface BacktestResultFile {
  readonly bytes: number;
  /** Lowercase hex. */
  readonly sha256: string;
}

/**
 * The files a backtest writes, named from where its whole result goes
 * (`state/backtest.json` in the report store, or `headroom backtest
 * --out`): the result, and beside it `<name>-summary.json`.
 *
 * @param result - the whole result's key or path, e.g. `BACKTEST_KEY`
 * @returns the two keys or paths
 * @example
 * backtestFiles('state/backtest.json').summary;
 * // 'state/backtest-summary.json'
 */
export function backtestFiles(result: string) {
  const stem = result.replace(/\.json$/, '');
  return { result, summary: `${stem}-summary.json` };
}

/** Where publish reads the summary of the latest backtest. */
export const BACKTEST_SUMMARY_KEY = backtestFiles(BACKTEST_KEY).summary;

/**
 * The name of the misses file in a published report, beside
 * `accuracy.html`, which links it.
 */
export const BACKTEST_MISSES_FILE = 'backtest-misses.csv';
