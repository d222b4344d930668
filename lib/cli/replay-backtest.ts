import { dirname } from 'node:path';
import type { Config } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { UsageError } from '#lib/errors';
import type {
  BacktestNames,
  BacktestRange,
} from '#lib/pipeline/backtest-dates';
import { runBacktest } from '#lib/pipeline/run-backtest';
import { buildLocalDeps } from '#lib/wiring/local';

/**
 * A backtest on local folders, as `headroom backtest` asks for it (the
 * lake and configuration already checked and read).
 *
 * @param paths - the lake, inventory and output paths, the configuration
 *   and whether to print only warnings
 * @param given - the parts of the range given
 * @param names - the command's names for them, for its messages
 * @returns the backtest
 * @throws UsageError for a bad range or a lake too young to judge
 * @example
 * const result = await replayLocal({ lake, inventory, out, config,
 *   quiet: false }, { everyDays: 30 }, BACKTEST_FLAGS);
 */
export async function replayLocal(
  paths: {
    readonly lake: string;
    readonly inventory: string;
    readonly out: string;
    readonly config: Config;
    readonly quiet: boolean;
  },
  given: Partial<BacktestRange>,
  names: BacktestNames,
): Promise<BacktestResult> {
  const deps = await buildLocalDeps({ ...paths, out: dirname(paths.out) });
  try {
    const result = await runBacktest(deps, given, names);
    // The Lambda skips a young lake quietly; a person asked for a backtest.
    if (result.kind === 'backtest-skipped') throw new UsageError(result.reason);
    return result;
  } finally {
    await deps.engine.close();
  }
}
