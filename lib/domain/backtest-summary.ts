import {
  BACKTEST_KEY,
  type BacktestCase,
  type BacktestResult,
} from './backtest.ts';

/** The misses the accuracy page lists; every miss is in the misses file. */
export const BACKTEST_MISSES_SHOWN = 200;

/**
 * What the accuracy page shows of a decision backtest, written beside its
 * whole result (`backtestFiles`), so that publish reads a few kilobytes,
 * not the fleet's cases (75–112 MB at 100,000 links): the head, totals and
 * per-date scores as the result has them, and its misses (an alert
 * without a crossing, a crossing without an alert) counted, the
 * `BACKTEST_MISSES_SHOWN` most relevant listed (`backtestMisses`' order).
 *
 * @example
 * const s: Partial<DecisionBacktestSummary> = {
 *   kind: 'headroom-backtest-summary',
 *   misses: { total: 12_480, shown: [], file: { bytes: 2e6, sha256: '…' } } };
 */
export interface DecisionBacktestSummary
  extends Omit<
    BacktestResult,
    'kind' | 'byGroup' | 'groupsWithoutData' | 'cases'
  > {
  readonly kind: 'headroom-backtest-summary';
  readonly misses: {
    /** Every miss of the backtest. */
    readonly total: number;
    /** The most relevant, at most `BACKTEST_MISSES_SHOWN`. */
    readonly shown: readonly BacktestCase[];
    /**
     * The misses file as the backtest wrote it (every miss, in the same
     * order), for the manifest of the report it is copied into; absent
     * when the summary was made from a result written without one.
     */
    readonly file?: { readonly bytes: number; readonly sha256: string };
  };
}

/**
 * The files a backtest writes, named from where its whole result goes
 * (`state/backtest.json` in the report store, or `headroom backtest
 * --out`): beside it, `<name>-summary.json` and `<name>-misses.csv`.
 *
 * @param result - the whole result's key or path, e.g. `BACKTEST_KEY`
 * @returns the three keys or paths
 * @example
 * backtestFiles('state/backtest.json').summary;
 * // 'state/backtest-summary.json'
 */
export function backtestFiles(result: string) {
  const stem = result.replace(/\.json$/, '');
  return {
    result,
    summary: `${stem}-summary.json`,
    misses: `${stem}-misses.csv`,
  };
}

/** Where publish reads the summary of the latest backtest. */
export const BACKTEST_SUMMARY_KEY = backtestFiles(BACKTEST_KEY).summary;

/** Where publish copies every miss of the latest backtest from. */
export const BACKTEST_MISSES_KEY = backtestFiles(BACKTEST_KEY).misses;

/**
 * The name of the misses file in a published report, beside
 * `accuracy.html`, which links it.
 */
export const BACKTEST_MISSES_FILE = 'backtest-misses.csv';
