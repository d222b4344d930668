import type { UnreadableFile } from '#lib/domain/quality';
import { LakeDataError } from '#lib/errors';
import type { PartitionWrite } from '#lib/ports/query-engine';
import type { Deps } from './deps.ts';
import { progressReporter } from './rollup-batches.ts';
import { rollupWrite } from './rollup-write.ts';

/** What each day's markers record besides the write itself. */
export type Marks = Pick<PartitionWrite, 'tag' | 'read'>;

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
 * long as the longest batch so far (a batch cut off by the Lambda's
 * deadline would fail the run instead of leaving its days to the next).
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
  const done: string[] = [];
  const unreadableFiles: UnreadableFile[] = [];
  let rows = 0;
  let writes = 0;
  let failed = 0;
  let longest = 0;
  for (const batch of batches) {
    const begin = performance.now();
    if (stopAfterMs !== undefined && begin - started + longest > stopAfterMs) {
      deps.log.warn('rollup stops for this run: out of time', {
        daysLeft: total - done.length - failed,
      });
      break;
    }
    const bad = await deps.engine.checkTraffic(batch);
    unreadableFiles.push(...bad);
    const result = await writeBatch(deps, batch, marks, leftOutByDay(bad));
    rows += result.rows;
    writes += result.writes;
    done.push(...result.days);
    failed += result.faults.length;
    unreadableFiles.push(...result.faults);
    report(done.length + failed);
    longest = Math.max(longest, performance.now() - begin);
  }
  return { days: done, rows, batches: writes, unreadableFiles, failed };
}

/** What writing one batch did (its retries day by day included). */
interface BatchWrite {
  days: string[];
  rows: number;
  writes: number;
  faults: UnreadableFile[];
}

/**
 * Writes one batch. When the engine fails on bad data it cannot skip
 * (Athena stops on a file it cannot read), the batch is retried day by
 * day and the days that still fail are set aside and reported.
 */
async function writeBatch(
  deps: Pick<Deps, 'engine' | 'config'>,
  batch: readonly string[],
  marks: Marks,
  leftOut: Record<string, string[]>,
): Promise<BatchWrite> {
  const { tag, read } = marks;
  try {
    const markers = await deps.engine.writePartitions({
      ...rollupWrite(batch, tag, deps.config.dataQuality.spikeFactor),
      leftOut,
      ...(read ? { read } : {}),
    });
    const rows = (markers.series_daily ?? []).reduce(
      (n, m) => n + (m.rows ?? 0),
      0,
    );
    return { days: [...batch], rows, writes: 1, faults: [] };
  } catch (error) {
    if (!(error instanceof LakeDataError)) throw error;
    return writeDayByDay(deps, batch, marks, leftOut, error);
  }
}

/**
 * The rest of {@link writeBatch} after the engine failed on bad data: a
 * day alone is set aside, its fault naming the file when the error
 * does; a longer batch is written again one day at a time. The failed
 * write counts.
 */
async function writeDayByDay(
  deps: Pick<Deps, 'engine' | 'config'>,
  batch: readonly string[],
  marks: Marks,
  leftOut: Record<string, string[]>,
  error: LakeDataError,
): Promise<BatchWrite> {
  if (batch.length === 1) {
    const day = batch[0]!;
    const file =
      error.file ??
      /s3:\/\/\S+/.exec(error.message)?.[0] ??
      `traffic/dt=${day}/`;
    return {
      days: [],
      rows: 0,
      writes: 1,
      faults: [{ file, day, reason: error.message }],
    };
  }
  const parts = await Promise.all(
    batch.map((dt) => writeBatch(deps, [dt], marks, leftOut)),
  );
  return {
    days: parts.flatMap((p) => p.days),
    rows: parts.reduce((n, p) => n + p.rows, 0),
    writes: 1 + parts.reduce((n, p) => n + p.writes, 0),
    faults: parts.flatMap((p) => p.faults),
  };
}

/**
 * The files set aside, per day, for the markers: such a day is rolled
 * up without them now and again on every run until they can be read
 * (`planRollup`), so a file fixed later is never lost.
 */
function leftOutByDay(files: readonly UnreadableFile[]) {
  const byDay: Record<string, string[]> = {};
  for (const { day, file } of files) byDay[day] = [...(byDay[day] ?? []), file];
  return byDay;
}
