import type { UnreadableFile } from '#lib/domain/unreadable-file';
import { forEachLimited } from '#lib/for-each-limited';
import type { PartitionWrite } from '#lib/ports/query-engine';
import { LakeDataError } from '#lib/query-error';
import type { Deps } from './deps.ts';
import { rollupWrite } from './rollup-write.ts';

/** What each day's markers record besides the write itself. */
export type Marks = Pick<PartitionWrite, 'tag' | 'read'>;

/**
 * Whether work that takes `ms` more still ends within the rollup's time
 * budget (`runBatches`).
 */
export type Fits = (ms: number) => boolean;

/** What writing one batch did (its retries day by day included). */
export interface BatchWrite {
  days: string[];
  rows: number;
  writes: number;
  faults: UnreadableFile[];
}

/**
 * Writes one batch of the rollup (`runBatches`). When the engine fails on
 * bad data it cannot skip (Athena stops on a file it cannot read), the
 * batch is retried day by day and the days that still fail are set aside
 * and reported; a day starts only while `fits` says one as long as the
 * longest day so far still ends in time (the others are neither written
 * nor set aside: the next run does them).
 *
 * @param deps - engine and configuration
 * @param batch - the batch's days
 * @param marks - the markers' tag and each day's traffic files listed
 * @param leftOut - per day, the traffic files set aside (`leftOutByDay`)
 * @param fits - the time budget (default: none)
 * @returns the days written, their rows, the writes made and the faults
 * @example
 * const done = await writeBatch(deps, ['2026-01-01'], { tag }, {});
 */
export async function writeBatch(
  deps: Pick<Deps, 'engine' | 'config'>,
  batch: readonly string[],
  marks: Marks,
  leftOut: Record<string, string[]>,
  fits: Fits = () => true,
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
    return writeDayByDay(deps, batch, { marks, leftOut, fits }, error);
  }
}

/**
 * Days written at once after a batch failed on bad data. On Athena each
 * is an UNLOAD: a 31-day batch started at once would pass the account's
 * StartQueryExecution rate (20 a second by default) and its active DML
 * queries quota (20–25 by default in most regions, shared with other
 * work), and a refused start fails the run.
 */
const DAYS_AT_ONCE = 4;

/**
 * The rest of {@link writeBatch} after the engine failed on bad data: a
 * day alone is set aside; a longer batch is written again one day at a
 * time, each day started only if `fits` the longest day so far. The
 * failed write counts.
 */
async function writeDayByDay(
  deps: Pick<Deps, 'engine' | 'config'>,
  batch: readonly string[],
  again: { marks: Marks; leftOut: Record<string, string[]>; fits: Fits },
  error: LakeDataError,
): Promise<BatchWrite> {
  if (batch.length === 1) return setAside(batch[0]!, error);
  const { marks, leftOut, fits } = again;
  const none = (): BatchWrite => ({ days: [], rows: 0, writes: 0, faults: [] });
  const parts = batch.map(none);
  let longest = 0;
  await forEachLimited(batch, DAYS_AT_ONCE, async (dt, i) => {
    if (!fits(longest)) return;
    const begin = performance.now();
    parts[i] = await writeBatch(deps, [dt], marks, leftOut);
    longest = Math.max(longest, performance.now() - begin);
  });
  return {
    days: parts.flatMap((p) => p.days),
    rows: parts.reduce((n, p) => n + p.rows, 0),
    writes: 1 + parts.reduce((n, p) => n + p.writes, 0),
    faults: parts.flatMap((p) => p.faults),
  };
}

/**
 * A day alone that failed on bad data, set aside: its fault names the
 * file when the error does.
 */
function setAside(day: string, error: LakeDataError): BatchWrite {
  const file =
    error.file ?? /s3:\/\/\S+/.exec(error.message)?.[0] ?? `traffic/dt=${day}/`;
  return {
    days: [],
    rows: 0,
    writes: 1,
    faults: [{ file, day, reason: error.message }],
  };
}

/**
 * The files set aside, per day, for the markers: such a day is rolled
 * up without them now and again on every run until they can be read
 * (`planRollup`), so a file fixed later is never lost. A file read
 * lacking a column its rows need (`UnreadableFile.missing`) is recorded
 * too, so that every run reports it again until it is fixed or removed.
 *
 * @param files - the files the engine could not read, or not in full
 * @returns their names by day
 * @example
 * leftOutByDay([{ day: '2026-01-01', file: 'a.parquet', reason: '…' }]);
 * // { '2026-01-01': ['a.parquet'] }
 */
export function leftOutByDay(files: readonly UnreadableFile[]) {
  const byDay: Record<string, string[]> = {};
  for (const { day, file } of files) byDay[day] = [...(byDay[day] ?? []), file];
  return byDay;
}
