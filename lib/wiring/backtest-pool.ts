import { Piscina } from 'piscina';
import type { Config } from '#lib/config';
import type { Logger } from '#lib/ports/logger';
import type { BacktestBatchTask } from './backtest-task.ts';

/** Old-generation heap limit of each batch thread, MB. */
const BATCH_HEAP_MB = 768;

/** Where the workers' local adapters read and write. */
export interface BacktestPoolOptions {
  readonly lake: string;
  readonly inventory: string;
  /** The folder holding the backtest's working files. */
  readonly scratch: string;
  readonly config: Config;
  readonly workers: number;
  readonly log: Logger;
}

/**
 * Replays a split backtest's batches on a pool of worker threads
 * (piscina), one batch per task, as the backtest state machine's
 * Distributed Map does on AWS; each thread writes its batches' results
 * to the scratch folder, for `mergeBacktest`. Progress shows batches
 * done. The pool is closed when the batches are done or one fails.
 *
 * @param options - folders, configuration, worker count and logger
 * @param backtestId - the backtest
 * @param batches - its batches' names
 * @returns when every batch is done
 * @throws the first batch's error
 * @example
 * await replayInPool({ lake, inventory, scratch, config, workers: 2, log },
 *   backtestId, ['b0001', 'b0002']);
 */
export async function replayInPool(
  options: BacktestPoolOptions,
  backtestId: string,
  batches: readonly string[],
): Promise<void> {
  const pool = new Piscina<BacktestBatchTask, { batch: string }>({
    filename: new URL('./backtest-worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(options.workers, batches.length)),
    // A batch of 200 groups forecasts each at every date, as a shard of
    // 2,000 series does in turn: the same heap limit.
    resourceLimits: { maxOldGenerationSizeMb: BATCH_HEAP_MB },
  });
  const { lake, inventory, scratch, config } = options;
  let done = 0;
  try {
    await Promise.all(
      batches.map(async (batch) => {
        await pool.run({ lake, inventory, scratch, config, backtestId, batch });
        done += 1;
        options.log.info('backtest progress', {
          batch: `${done}/${batches.length}`,
        });
      }),
    );
  } finally {
    await pool.destroy();
  }
}
