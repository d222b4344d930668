import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Config } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { UsageError } from '#lib/errors';
import type {
  BacktestNames,
  BacktestRange,
} from '#lib/pipeline/backtest-dates';
import { backtestIdOf } from '#lib/pipeline/backtest-files';
import type { Deps } from '#lib/pipeline/deps';
import { mergeBacktest } from '#lib/pipeline/merge-backtest';
import { planBacktestBatches } from '#lib/pipeline/plan-backtest-batches';
import { replayBacktestBatch } from '#lib/pipeline/replay-backtest-batch';
import { runBacktest } from '#lib/pipeline/run-backtest';
import { replayInPool } from '#lib/wiring/backtest-pool';
import { buildLocalDeps } from '#lib/wiring/local';

/** Where and how `replayLocal` replays. */
export interface LocalReplay {
  readonly lake: string;
  readonly inventory: string;
  readonly out: string;
  readonly config: Config;
  readonly quiet: boolean;
  /** Worker threads; 0 or 1 replays the batches in turn in this thread. */
  readonly workers: number;
  /** Groups per batch (default `BACKTEST_BATCH_GROUPS`), for tests. */
  readonly batchGroups?: number;
}

/**
 * A backtest on local folders, as `headroom backtest` asks for it (the
 * lake and configuration already checked and read). With one worker its
 * batches are replayed in turn in this thread (`runBacktest`); with more,
 * it is split as the backtest state machine splits it on AWS (plan,
 * batches on a pool of worker threads, merge; docs/architecture.md "The
 * decision backtest"), its working files and the rows its plan unloads
 * in a temporary folder removed after (the lake is only read). Both give
 * the same result.
 *
 * @param replay - folders, configuration, quietness and workers
 * @param given - the parts of the range given
 * @param names - the command's names for them, for its messages
 * @returns the backtest
 * @throws UsageError for a bad range or a lake too young to judge
 * @example
 * const result = await replayLocal({ lake, inventory, out, config,
 *   quiet: false, workers: 2 }, { everyDays: 30 }, BACKTEST_FLAGS);
 */
export async function replayLocal(
  replay: LocalReplay,
  given: Partial<BacktestRange>,
  names: BacktestNames,
): Promise<BacktestResult> {
  const split = replay.workers > 1;
  const scratch = split
    ? await mkdtemp(join(tmpdir(), 'headroom-backtest-'))
    : undefined;
  // The split's working files and the rows its plan unloads both go in
  // the temporary folder: the lake stays read-only to a backtest.
  const deps = await buildLocalDeps({
    ...replay,
    out: scratch ?? dirname(replay.out),
    ...(scratch ? { unloadDir: scratch } : {}),
  });
  try {
    const result = scratch
      ? await replaySplit(deps, { ...replay, scratch }, given, names)
      : await runBacktest(deps, given, names);
    // The state machine skips a young lake quietly; a person asked for a
    // backtest.
    if (result.kind === 'backtest-skipped') throw new UsageError(result.reason);
    return result;
  } finally {
    await deps.engine.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/** Plan, the batches on worker threads (in turn here for one), merge. */
async function replaySplit(
  deps: Deps,
  replay: LocalReplay & { readonly scratch: string },
  given: Partial<BacktestRange>,
  names: BacktestNames,
) {
  const backtestId = backtestIdOf(randomUUID());
  const planned = await planBacktestBatches(
    deps,
    {
      backtestId,
      given,
      ...(replay.batchGroups ? { batchGroups: replay.batchGroups } : {}),
    },
    names,
  );
  if (planned.kind === 'backtest-skipped') return planned;
  const { batches } = planned;
  if (batches.length === 1) {
    await replayBacktestBatch(deps, { backtestId, batch: batches[0]! });
  } else {
    await replayInPool({ ...replay, log: deps.log }, backtestId, batches);
  }
  return mergeBacktest(deps, { backtestId });
}
