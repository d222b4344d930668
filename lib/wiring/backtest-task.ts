import type { Config } from '#lib/config';
import type { Deps } from '#lib/pipeline/deps';
import { replayBacktestBatch } from '#lib/pipeline/replay-backtest-batch';
import { buildLocalDeps } from './local.ts';

/** One backtest batch for a worker thread: plain data, as threads exchange it. */
export interface BacktestBatchTask {
  readonly lake: string;
  readonly inventory: string;
  /** The folder holding the backtest's working files (`runs/<id>/`). */
  readonly scratch: string;
  readonly config: Config;
  readonly backtestId: string;
  readonly batch: string;
}

// Built once per worker thread and reused for every batch it runs.
let deps: Promise<Deps> | undefined;

/**
 * Replays one batch of a split backtest in a worker thread with local
 * adapters (quiet logger: the main thread reports progress), as a step of
 * the backtest state machine does on AWS.
 *
 * @param task - folders, configuration, backtest and batch
 * @returns the batch, its case count and its duration
 * @example
 * await runBacktestBatchTask({ lake, inventory, scratch, config,
 *   backtestId, batch: 'b0001' });
 */
export async function runBacktestBatchTask(
  task: BacktestBatchTask,
): Promise<{ batch: string; cases: number; seconds: number }> {
  deps ??= buildLocalDeps({
    lake: task.lake,
    inventory: task.inventory,
    out: task.scratch,
    unloadDir: task.scratch,
    config: task.config,
    quiet: true,
    // A batch's engine reads one batch's group rows: keep DuckDB small.
    memoryLimit: '256MB',
  });
  return replayBacktestBatch(await deps, {
    backtestId: task.backtestId,
    batch: task.batch,
  });
}
