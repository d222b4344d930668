import { dayRuns } from '#lib/domain/dates';
import { leftOutOfDay, type UnreadableFile } from '#lib/domain/unreadable-file';
import type { Deps } from './deps.ts';

/** What a rollup did. */
export interface RollupSummary {
  /** The days rolled up, in order. */
  readonly days: string[];
  /** `series_daily` rows written (0 where the engine does not count). */
  readonly rows: number;
  /** Batched writes (one query per output and batch). */
  readonly batches: number;
  readonly seconds: number;
  /** Traffic files left out, and why (the run goes on without them). */
  readonly unreadableFiles: UnreadableFile[];
  /** Rolled-up days that needed a new rollup but whose traffic is gone. */
  readonly notReRolled: string[];
  /** Days still to do, left for the next run (regrouping or time). */
  readonly daysLeft: number;
  /**
   * Days and raw bytes per batch the next rollup keeps to, narrower than
   * configured, after a batch ran out of time (none: the configured ones).
   */
  readonly batchLimits?: { readonly days: number; readonly bytes: number };
}

/**
 * The entries of the day folders before as-of holding no file the engine
 * reads (locally: Parquet written with no extension, as Firehose does):
 * such a day is never rolled up, and read as one with no traffic without
 * a word.
 */
export async function unreadDays(
  engine: Deps['engine'],
  traffic: readonly {
    readonly dt: string;
    readonly files: readonly unknown[];
  }[],
  asOf: string,
) {
  const days = traffic
    .filter((p) => p.files.length === 0 && p.dt < asOf)
    .map((p) => p.dt);
  return days.length > 0 ? engine.checkTraffic(days) : [];
}

/** Traffic files left out that the log names one by one. */
const SHOWN_UNREADABLE = 10;

/**
 * Logs what the rollup did, the files left out (the first ten by name,
 * then a count) and the days not re-rolled. Files read lacking a column
 * (`missing`) or with `ts` far off their day (`offDay`) are not left
 * out (`leftOutOfDay`): the run's data-quality report names them.
 */
export function logRollupSummary(log: Deps['log'], summary: RollupSummary) {
  const { days, rows, batches, seconds, daysLeft } = summary;
  log.info('rollup done', {
    days: days.length,
    rows,
    batches,
    seconds,
    daysLeft,
  });
  const unread = summary.unreadableFiles.filter(leftOutOfDay);
  for (const f of unread.slice(0, SHOWN_UNREADABLE)) {
    log.warn(`traffic file left out: ${f.file}: ${f.reason}`, { day: f.day });
  }
  // A lake read wrongly throughout (Parquet with no extension) would print
  // a line per file of every day, every run.
  const more = unread.slice(SHOWN_UNREADABLE);
  if (more.length > 0) {
    log.warn(
      `${more.length} more traffic files left out: each is in ` +
        'data-quality.json with its reason',
      { days: dayRuns(more.map((f) => f.day)) },
    );
  }
  if (summary.notReRolled.length > 0) {
    log.warn('days whose raw traffic is gone could not be rolled up again', {
      days: dayRuns(summary.notReRolled),
    });
  }
}

/**
 * The summary as the rollup Lambda returns it to the state machine: the
 * files left out cut to the first ten, as the log names them, with their
 * count. Step Functions fails an execution whose state passes 256 KiB
 * (`States.DataLimitExceeded`), and no Catch of `States.ALL` catches
 * that: the run stopped with no report and its date's lock held, every
 * day, once Athena refused about 500 days of old traffic (each a fault
 * of half a kilobyte). The whole list stays in `state/rollup.json`.
 *
 * @param summary - what the rollup did
 * @returns the summary, its files left out counted and cut to ten
 * @example
 * rollupResult(summary).unreadableFileCount; // 600
 */
export function rollupResult(summary: RollupSummary) {
  const { unreadableFiles, ...rest } = summary;
  return {
    ...rest,
    unreadableFiles: unreadableFiles.slice(0, SHOWN_UNREADABLE),
    unreadableFileCount: unreadableFiles.length,
  };
}
