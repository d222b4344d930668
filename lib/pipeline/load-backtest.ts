import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import {
  BACKTEST_MISSES_FILE,
  BACKTEST_SUMMARY_KEY,
  type DecisionBacktestSummary,
} from '#lib/domain/backtest-summary';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import { backtestMissesCsv } from '#lib/report/backtest-misses-csv';
import type { DeferredFile } from '#lib/report/deferred-file';
import { summarizeBacktest } from './summarize-backtest.ts';

/** The latest backtest as publish shows it. */
export interface LoadedBacktest {
  readonly summary: DecisionBacktestSummary;
  /** Every miss, published as `backtest-misses.csv` beside the page. */
  readonly misses: DeferredFile;
}

/**
 * Reads the latest decision backtest from the report store for the
 * accuracy page: its summary (`state/backtest-summary.json`: the scores
 * and every miss, a few megabytes at 100,000 links where the whole
 * result is 75–112 MB), and the file of every miss rendered from it, a
 * thousand rows at a time. A summary that records a result of another
 * size than `state/backtest.json`'s is one a backtest stopped between its
 * two writes left: it is shown, with a warning naming both files and the
 * date shown (`warnIfResultReplaced`; a summary that records none, from
 * before it did, is trusted). A store whose backtest was written before
 * summaries were has only `state/backtest.json`: that is read whole, with
 * a warning to run the backtest again, and summarized as the backtest
 * would have (`summarizeBacktest`; docs/architecture.md "The decision
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
    if (summary) {
      await warnIfResultReplaced(store, summary, log);
      return withMisses(summary);
    }
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
    return withMisses(summarizeBacktest(result));
  } catch (error) {
    const message = (error as Error).message;
    log.warn('skipping unreadable backtest', { key, error: message });
    return undefined;
  }
}

/**
 * Warns when `state/backtest.json` is not the result the summary was made
 * from (another size): a backtest stopped after its result and before its
 * summary, whose previous backtest the page still shows. Only the result's
 * size is read (`getSize`), never the file. No result (removed by hand)
 * replaced nothing: no warning. A check that fails is warned about and
 * the summary shown, the page being a view.
 */
async function warnIfResultReplaced(
  store: ObjectStore,
  summary: DecisionBacktestSummary,
  log: Logger,
): Promise<void> {
  if (summary.resultFile === undefined) return;
  const files = { result: BACKTEST_KEY, summary: BACKTEST_SUMMARY_KEY };
  try {
    const bytes = await store.getSize(BACKTEST_KEY);
    if (bytes === undefined || bytes === summary.resultFile.bytes) return;
  } catch (error) {
    const message = (error as Error).message;
    log.warn('cannot check the backtest against its summary', {
      ...files,
      error: message,
    });
    return;
  }
  log.warn(
    `backtest stopped while writing: ${BACKTEST_KEY} is not the result ` +
      `${BACKTEST_SUMMARY_KEY} was made from; the accuracy page shows the ` +
      `backtest of ${summary.generatedAt.slice(0, 10)}`,
    { ...files, fix: RUN_AGAIN },
  );
}

const RUN_AGAIN =
  "run 'headroom backtest' again (on AWS: the backtest state machine)";

/** The JSON at `key` when there is one, checked to be of `kind`. */
async function readKind<T>(
  store: ObjectStore,
  key: string,
  kind: string,
): Promise<T | undefined> {
  const bytes = await store.get(key);
  if (bytes === undefined) return undefined;
  const json = JSON.parse(new TextDecoder().decode(bytes));
  const field = kind === 'headroom-backtest' ? 'cases' : 'misses';
  if (json?.kind !== kind) {
    throw new Error(`not a backtest (no kind '${kind}')`);
  }
  for (const list of ['byDate', field]) {
    if (!Array.isArray(json[list])) throw new Error(`no array '${list}'`);
  }
  return json as T;
}

/** The summary, and the file of every miss rendered from it. */
function withMisses(summary: DecisionBacktestSummary): LoadedBacktest {
  return {
    summary,
    misses: {
      path: BACKTEST_MISSES_FILE,
      contentType: 'text/csv; charset=utf-8',
      pieces: () => backtestMissesCsv(summary.misses),
    },
  };
}
