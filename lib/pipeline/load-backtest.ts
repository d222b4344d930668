import type { BacktestResult } from '#lib/domain/backtest';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';

/** Where `headroom backtest` writes by default, in the report store. */
export const BACKTEST_KEY = 'state/backtest.json';

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
