import type { UnreadableFile } from '#lib/domain/unreadable-file';
import type { Deps } from './deps.ts';
import { bytesOf, cutBatch } from './rollup-batch-cut.ts';
import type { BatchPace } from './rollup-batch-limits.ts';
import { progressReporter } from './rollup-batches.ts';
import {
  type Fits,
  leftOutByDay,
  type Marks,
  writeBatch,
} from './write-rollup-batch.ts';

/** What the batches of one rollup did. */
export interface BatchesDone {
  readonly days: string[];
  readonly rows: number;
  readonly batches: number;
  readonly unreadableFiles: UnreadableFile[];
  /** Days set aside because the engine could not read their data. */
  readonly failed: number;
  /** Each batch's size and time, to widen remembered limits. */
  readonly paces: BatchPace[];
}

/**
 * Runs the batches in order, reporting progress after each; no batch
 * starts that would end after `stopAfterMs` from `started` if it took as
 * long as the longest batch so far, nor a day of a batch written again
 * day by day if it took as long as the longest such day (a write cut off
 * by the Lambda's deadline would fail the run instead of leaving its days
 * to the next). A batch whose query is cut for time all the same fails
 * the rollup with a `RollupBatchCutError` (`cutBatch`).
 *
 * @param deps - engine, logger, configuration
 * @param batches - the batches, in order
 * @param marks - the markers' tag and each day's traffic files listed
 * @param started - `performance.now()` at the rollup's start
 * @param stopAfterMs - the time budget, if any
 * @returns days done, rows, writes, the faults met and each batch's pace
 * @throws RollupBatchCutError for a batch whose query ran out of time
 * @example
 * const done = await runBatches(deps, [['2026-01-01']], { tag }, 0);
 */
export async function runBatches(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  batches: readonly string[][],
  marks: Marks,
  started: number,
  stopAfterMs?: number,
): Promise<BatchesDone> {
  const total = batches.reduce((n, b) => n + b.length, 0);
  const report = progressReporter(deps.log, total);
  const fits: Fits = (ms) =>
    stopAfterMs === undefined ||
    performance.now() - started + ms <= stopAfterMs;
  const done: string[] = [];
  const unreadableFiles: UnreadableFile[] = [];
  let [rows, writes, failed] = [0, 0, 0];
  const paces: BatchPace[] = [];
  for (const batch of batches) {
    const begin = performance.now();
    if (!fits(Math.max(0, ...paces.map((p) => p.ms)))) break;
    const result = await writeChecked(deps, batch, marks, fits);
    rows += result.rows;
    writes += result.writes;
    done.push(...result.days);
    failed += result.failed;
    unreadableFiles.push(...result.faults);
    report(done.length + failed);
    const ms = performance.now() - begin;
    paces.push({ days: batch.length, bytes: bytesOf(batch, marks), ms });
  }
  const daysLeft = total - done.length - failed;
  if (daysLeft > 0) {
    deps.log.warn('rollup stops for this run: out of time', { daysLeft });
  }
  return { days: done, rows, batches: writes, unreadableFiles, failed, paces };
}

/**
 * Checks a batch's traffic, then writes it (`writeBatch`): the files set
 * aside by either are its faults, those of the write its failed days. A
 * query cut for time fails it with a `RollupBatchCutError` (`cutBatch`).
 */
async function writeChecked(
  deps: Pick<Deps, 'engine' | 'config'>,
  batch: readonly string[],
  marks: Marks,
  fits: Fits,
) {
  const bad = await deps.engine.checkTraffic(batch);
  const result = await writeBatch(
    deps,
    batch,
    marks,
    leftOutByDay(bad),
    fits,
  ).catch((error: unknown) => {
    throw cutBatch(error, batch, marks);
  });
  const faults = [...bad, ...result.faults];
  return { ...result, faults, failed: result.faults.length };
}
