import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';

/**
 * Reads the latest decision backtest from the report store, for the
 * accuracy page. A missing file is no backtest; an unreadable one is
 * skipped with a warning (the page is a view, never a reason to fail).
 *
 * @param store - the report store
 * @param log - warned about an unreadable file
 * @returns the backtest, or `undefined`
 * @example
 * const backtest = await loadBacktest(deps.reports, deps.log);
 */
export async function loadBacktest(
  store: ObjectStore,
  log: Logger,
): Promise<BacktestResult | undefined> {
  try {
    const bytes = await store.get(BACKTEST_KEY);
    if (bytes === undefined) return undefined;
    const json = JSON.parse(new TextDecoder().decode(bytes));
    if (json?.kind !== 'headroom-backtest' || !Array.isArray(json.byDate)) {
      throw new Error("not a backtest (no kind 'headroom-backtest')");
    }
    return json as BacktestResult;
  } catch (error) {
    log.warn('skipping unreadable backtest', {
      key: BACKTEST_KEY,
      error: (error as Error).message,
    });
    return undefined;
  }
}

/**
 * A backtest as the JSON text `headroom backtest` and the backtest state machine
 * write to `BACKTEST_KEY`: one space of indent (a fleet's cases run to
 * megabytes) and a final newline.
 *
 * @param result - the backtest
 * @returns the file's text
 * @example
 * await store.put(BACKTEST_KEY, encodeBacktest(result), 'application/json');
 */
export function encodeBacktest(result: BacktestResult): string {
  return `${JSON.stringify(result, null, 1)}\n`;
}
