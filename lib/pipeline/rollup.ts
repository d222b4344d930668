import { dayRuns } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import type { UnreadableFile } from '#lib/domain/quality';
import { dayLiteral } from '#lib/sql/sql-literals';
import type { Deps } from './deps.ts';
import { rollupBatches } from './rollup-batches.ts';
import { rollupDays } from './rollup-days.ts';
import { runBatches } from './rollup-run.ts';
import { rollupTag } from './rollup-write.ts';

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
}

/** Which days to roll up, and with which inventory. */
export interface RollupInput {
  /** "Today": no partition on or after it is read. */
  readonly asOf: string;
  /** The validated inventory's links (its grouping is rolled up). */
  readonly links: readonly InventoryLink[];
  /** Explicit days, re-rolled whatever their markers say. */
  readonly days?: readonly string[];
  /**
   * No batch starts that would end after this many ms, judging by the
   * longest batch so far (a Lambda's remaining time).
   */
  readonly stopAfterMs?: number;
}

/**
 * The rollup stage (docs/architecture.md, "Stages" and "Rolling up"): turns raw traffic
 * into `series_daily` (peaks per link, group and ISP) and
 * `quality_daily` (bad rows per link and kind), many days per query and
 * one partition per day, each day done only when its markers say so.
 * Batches go newest first; each leaves its days marked, so a run that
 * stops (or is killed) loses at most its current batch. Traffic files
 * that cannot be read are left out and reported.
 *
 * @param deps - the query engine, the logger and the configuration
 * @param input - as-of date, inventory links and optionally the days
 * @returns the days rolled up, rows written, time taken and the faults
 * @throws QueryError when the engine fails (days done so far stay done)
 * @example
 * const summary = await rollupLake(deps, { asOf: '2026-11-26', links });
 */
export async function rollupLake(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  input: RollupInput,
): Promise<RollupSummary> {
  dayLiteral(input.asOf, 'asOf');
  const started = performance.now();
  const { engine, config, log } = deps;
  await engine.writeInventory(
    input.links.map((l) => ({
      linkId: l.linkId,
      isp: l.isp,
      group: l.group,
      capacityBps: l.capacityBps,
    })),
  );
  const tag = rollupTag(input.links, config.dataQuality.spikeFactor);
  const traffic = await engine.describePartitions('traffic');
  const { days, plan } = await rollupDays(deps, input, traffic, tag);
  const batches = rollupBatches(deps, days, traffic, input.asOf, tag);
  // Each marker records its day's traffic files: one added later is
  // rolled up then, however old its day (`planRollup`).
  const read = Object.fromEntries(traffic.map((p) => [p.dt, p.files]));
  const marks = { tag, read };
  const run = await runBatches(
    deps,
    batches,
    marks,
    started,
    input.stopAfterMs,
  );
  // A day whose folder holds no file the engine reads (locally: Parquet
  // written with no extension, as Firehose does) is never rolled up, and
  // read as a day with no traffic without a word: name its entries.
  const unread = traffic
    .filter((p) => p.files.length === 0 && p.dt < input.asOf)
    .map((p) => p.dt);
  const unreadDays = unread.length > 0 ? await engine.checkTraffic(unread) : [];
  const summary: RollupSummary = {
    ...run,
    unreadableFiles: [...run.unreadableFiles, ...unreadDays],
    days: run.days.sort(),
    seconds: (performance.now() - started) / 1000,
    notReRolled: [...plan.notReRolled],
    daysLeft: plan.regroupLeft + (days.length - run.days.length - run.failed),
  };
  logSummary(log, summary);
  return summary;
}

/** Traffic files left out that the log names one by one. */
const SHOWN_UNREADABLE = 10;

/**
 * Logs what the rollup did, the files left out (the first ten by name,
 * then a count) and the days not re-rolled.
 */
function logSummary(log: Deps['log'], summary: RollupSummary) {
  const { days, rows, batches, seconds, daysLeft } = summary;
  log.info('rollup done', {
    days: days.length,
    rows,
    batches,
    seconds,
    daysLeft,
  });
  const unread = summary.unreadableFiles;
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
