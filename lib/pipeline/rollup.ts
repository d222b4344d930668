import type { InventoryLink } from '#lib/domain/inventory';
import { dayLiteral } from '#lib/sql/sql-literals';
import type { Deps } from './deps.ts';
import { sizeBatches, widenLimits } from './rollup-batch-limits.ts';
import type { BatchLimits } from './rollup-batches.ts';
import { rollupDays } from './rollup-days.ts';
import {
  logRollupSummary,
  type RollupSummary,
  unreadDays,
} from './rollup-report.ts';
import { runBatches } from './rollup-run.ts';
import { rollupTag } from './rollup-write.ts';

export type { RollupSummary } from './rollup-report.ts';

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
   * longest batch so far, nor a day of a batch written again day by day,
   * judging by the longest such day (a Lambda's remaining time).
   */
  readonly stopAfterMs?: number;
  /**
   * Days and raw bytes per batch remembered after a batch ran out of
   * time (`state/rollup.json`): narrower than the configured ones.
   */
  readonly batchLimits?: BatchLimits | undefined;
}

/**
 * The rollup stage (docs/architecture.md, "Stages" and "Rolling up"): turns raw traffic
 * into `series_daily` (peaks per link, group and ISP) and
 * `quality_daily` (bad rows per link and kind), many days per query and
 * one partition per day, each day done only when its markers say so.
 * Batches go newest first; each leaves its days marked, so a run that
 * stops (or is killed) loses at most its current batch. Traffic files
 * that cannot be read are left out and reported. Batches keep to the
 * remembered `batchLimits`, which widen again once batches end in time
 * (`widenLimits`; docs/architecture.md "How a run flows", time on AWS).
 *
 * @param deps - the query engine, the logger and the configuration
 * @param input - as-of date, inventory links and optionally the days
 * @returns the days rolled up, rows written, time taken and the faults
 * @throws QueryError when the engine fails (days done so far stay done);
 *   RollupBatchCutError, with the limits for the next run, when a batch's
 *   query ran out of time
 * @example
 * const summary = await rollupLake(deps, { asOf: '2026-11-26', links });
 */
export async function rollupLake(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  input: RollupInput,
): Promise<RollupSummary> {
  dayLiteral(input.asOf, 'asOf');
  const started = performance.now();
  const { engine, log } = deps;
  const tag = await writeLinks(deps, input.links);
  const traffic = await engine.describePartitions('traffic');
  const { days, plan } = await rollupDays(deps, input, traffic, tag);
  const remembered = input.batchLimits;
  const sizing = { asOf: input.asOf, tag, days, traffic, remembered };
  const { configured, batches } = sizeBatches(deps, sizing);
  // Each marker records its day's traffic files: one added later is
  // rolled up then, however old its day (`planRollup`).
  const read = Object.fromEntries(traffic.map((p) => [p.dt, p.files]));
  const { stopAfterMs } = input;
  const { paces, ...run } = await runBatches(
    deps,
    batches,
    { tag, read },
    started,
    stopAfterMs,
  );
  const next = widenLimits(remembered, configured, paces, stopAfterMs);
  const unread = await unreadDays(engine, traffic, input.asOf);
  const summary: RollupSummary = {
    ...run,
    unreadableFiles: [...run.unreadableFiles, ...unread],
    days: run.days.sort(),
    seconds: (performance.now() - started) / 1000,
    notReRolled: [...plan.notReRolled],
    daysLeft: plan.regroupLeft + (days.length - run.days.length - run.failed),
    ...(next ? { batchLimits: next } : {}),
  };
  logRollupSummary(log, summary);
  return summary;
}

/**
 * Writes the inventory's links for the rollup's queries to group by, and
 * returns the markers' tag of that grouping.
 */
async function writeLinks(
  { engine, config }: Pick<Deps, 'engine' | 'config'>,
  links: readonly InventoryLink[],
): Promise<string> {
  const rows = links.map(({ linkId, isp, group, capacityBps }) => ({
    linkId,
    isp,
    group,
    capacityBps,
  }));
  await engine.writeInventory(rows);
  return rollupTag(links, config.dataQuality.spikeFactor);
}
