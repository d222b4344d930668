import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import {
  BACKTEST_MISSES_FILE,
  BACKTEST_MISSES_KEY,
  BACKTEST_SUMMARY_KEY,
  type DecisionBacktestSummary,
} from '#lib/domain/backtest-summary';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import { backtestMissesCsv } from '#lib/report/backtest-misses-csv';
import type { LazyFile } from './lazy-file.ts';
import { backtestMisses, summarizeBacktest } from './summarize-backtest.ts';

/** The latest backtest as publish shows it. */
export interface LoadedBacktest {
  readonly summary: DecisionBacktestSummary;
  /** Every miss, published as `backtest-misses.csv`; absent when lost. */
  readonly misses?: LazyFile;
}

const CSV = 'text/csv; charset=utf-8';

/**
 * Reads the latest decision backtest from the report store for the
 * accuracy page: its summary (`state/backtest-summary.json`, a few
 * kilobytes), and names the misses file to copy beside the page from
 * `state/backtest-misses.csv`, inside the store. A store whose backtest
 * was written before summaries were has only `state/backtest.json`: that
 * is read whole, with a warning to run the backtest again, summarized as
 * the backtest would have (`summarizeBacktest`), and only its misses kept,
 * for the misses file rendered here (docs/architecture.md "The decision
 * backtest"). No file is no backtest; an unreadable one is skipped with a
 * warning (the page is a view, never a reason to fail).
 *
 * @param store - the report store
 * @param log - warned about an old or unreadable file
 * @returns the backtest, or `undefined`
 * @example
 * const backtest = await loadBacktest(deps.reports, deps.log);
 */
export async function loadBacktest(
  store: ObjectStore,
  log: Logger,
): Promise<LoadedBacktest | undefined> {
  let key = BACKTEST_SUMMARY_KEY;
  try {
    const summary = await readKind<DecisionBacktestSummary>(
      store,
      key,
      'headroom-backtest-summary',
    );
    if (summary) return await withCopiedMisses(store, summary, log);
    key = BACKTEST_KEY;
    const result = await readKind<BacktestResult>(
      store,
      key,
      'headroom-backtest',
    );
    if (!result) return undefined;
    log.warn('backtest without a summary: read whole', {
      key,
      fix: 'run the backtest again to write state/backtest-summary.json',
    });
    return fromResult(result);
  } catch (error) {
    const message = (error as Error).message;
    log.warn('skipping unreadable backtest', { key, error: message });
    return undefined;
  }
}

/** The JSON at `key` when there is one, checked to be of `kind`. */
async function readKind<T>(
  store: ObjectStore,
  key: string,
  kind: string,
): Promise<T | undefined> {
  const bytes = await store.get(key);
  if (bytes === undefined) return undefined;
  const json = JSON.parse(new TextDecoder().decode(bytes));
  if (json?.kind !== kind || !Array.isArray(json.byDate)) {
    throw new Error(`not a backtest (no kind '${kind}')`);
  }
  return json as T;
}

/**
 * The summary, and its misses file to copy inside the store when it is
 * there: a summary that names no file, or whose file has gone, shows its
 * misses without a link rather than failing the publish.
 */
async function withCopiedMisses(
  store: ObjectStore,
  summary: DecisionBacktestSummary,
  log: Logger,
): Promise<LoadedBacktest> {
  const { file } = summary.misses;
  const there = (await store.list(BACKTEST_MISSES_KEY)).includes(
    BACKTEST_MISSES_KEY,
  );
  if (!file || !there) {
    log.warn('backtest misses file missing', { key: BACKTEST_MISSES_KEY });
    return { summary };
  }
  const path = BACKTEST_MISSES_FILE;
  return {
    summary,
    misses: {
      path,
      contentType: CSV,
      from: BACKTEST_MISSES_KEY,
      digest: { path, bytes: file.bytes, sha256: file.sha256 },
    },
  };
}

/** An old store's whole result: its summary, and its misses rendered. */
function fromResult(result: BacktestResult): LoadedBacktest {
  const misses = backtestMisses(result.cases);
  return {
    summary: summarizeBacktest(result, misses),
    misses: {
      path: BACKTEST_MISSES_FILE,
      contentType: CSV,
      pieces: () => backtestMissesCsv(misses),
    },
  };
}
