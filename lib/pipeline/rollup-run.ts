import type { UnreadableFile } from '#lib/domain/quality';
import type { Deps } from './deps.ts';
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
}

/**
 * Runs the batches in order, reporting progress after each; no batch
 * starts that would end after `stopAfterMs` from `started` if it took as
 * long as the longest batch so far, nor a day of a batch written again
 * day by day if it took as long as the longest such day (a write cut off
 * by the Lambda's deadline would fail the run instead of leaving its days
 * to the next).
 *
 * @param deps - engine, logger, configuration
 * @param batches - the batches, in order
 * @param marks - the markers' tag and each day's traffic files listed
 * @param started - `performance.now()` at the rollup's start
 * @param stopAfterMs - the time budget, if any
 * @returns days done, rows, writes and the faults met
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
  let rows = 0;
  let writes = 0;
  let failed = 0;
  let longest = 0;
  for (const batch of batches) {
    const begin = performance.now();
    if (!fits(longest)) break;
    const bad = await deps.engine.checkTraffic(batch);
    unreadableFiles.push(...bad);
    const result = await writeBatch(
      deps,
      batch,
      marks,
      leftOutByDay(bad),
      fits,
    );
    rows += result.rows;
    writes += result.writes;
    done.push(...result.days);
    failed += result.faults.length;
    unreadableFiles.push(...result.faults);
    report(done.length + failed);
    longest = Math.max(longest, performance.now() - begin);
  }
  const daysLeft = total - done.length - failed;
  if (daysLeft > 0) {
    deps.log.warn('rollup stops for this run: out of time', { daysLeft });
  }
  return { days: done, rows, batches: writes, unreadableFiles, failed };
}
