import type { Logger } from '#lib/ports/logger';
import type { PartitionListing } from '#lib/ports/query-engine';
import type { Deps } from './deps.ts';
import { rollupWrite, trafficReads } from './rollup-write.ts';

/** Limits of one batch: one query per output per batch. */
export interface BatchLimits {
  /** Days per batch (Athena's UNLOAD writes at most 100 partitions). */
  readonly days: number;
  /** Raw bytes per batch, under the Athena workgroup's scan cutoff. */
  readonly bytes: number;
}

/**
 * The limits of a rollup's batches as configured: at most
 * `rollup.batchDays` days, and at most the raw traffic bytes that keep
 * each query under the scan cutoff and within what the engine handles
 * best.
 *
 * @param deps - the query engine and the configuration
 * @param asOf - the rollup's as-of date
 * @param tag - the markers' tag
 * @returns days and raw bytes per batch
 * @example
 * const limits = configuredLimits(deps, asOf, tag); // { days: 31, … }
 */
export function configuredLimits(
  deps: Pick<Deps, 'engine' | 'config'>,
  asOf: string,
  tag: string,
): BatchLimits {
  const { engine, config } = deps;
  // Sized by what Athena scans (the raw bytes once per reading), and by
  // what the engine handles best (DuckDB: about a million rows).
  const reads = trafficReads(
    rollupWrite([asOf], tag, config.dataQuality.spikeFactor),
  );
  return {
    days: config.rollup.batchDays,
    bytes: Math.min(
      Math.floor(config.rollup.scanBytes / reads),
      engine.rollupBatchBytes ?? Number.POSITIVE_INFINITY,
    ),
  };
}

/**
 * Cuts a rollup's days into batches within `limits` (by default the
 * configured ones, `configuredLimits`), by the raw bytes of each day.
 *
 * @param deps - the query engine and the configuration
 * @param days - the days, in the order they are to be done
 * @param traffic - the traffic table's listing (bytes per day)
 * @param asOf - the rollup's as-of date
 * @param tag - the markers' tag
 * @param limits - days and bytes per batch, if not the configured ones
 * @returns the batches, in order
 * @example
 * const batches = rollupBatches(deps, days, traffic, asOf, tag);
 */
export function rollupBatches(
  deps: Pick<Deps, 'engine' | 'config'>,
  days: readonly string[],
  traffic: readonly PartitionListing[],
  asOf: string,
  tag: string,
  limits = configuredLimits(deps, asOf, tag),
): string[][] {
  const sizes = new Map(
    traffic.map((p) => [p.dt, p.files.reduce((n, f) => n + f.bytes, 0)]),
  );
  return batchDays(days, sizes, limits);
}

/**
 * Cuts days (newest first) into batches of at most `limits.days` days
 * and `limits.bytes` raw traffic bytes; a day larger than the byte limit
 * alone makes a batch of one.
 *
 * @param days - the days, in the order they are to be done
 * @param sizes - raw traffic bytes per day
 * @param limits - days and bytes per batch
 * @returns the batches, in order
 * @example
 * batchDays(['2026-01-02', '2026-01-01'], new Map(), { days: 31,
 *   bytes: 8e9 }); // [['2026-01-02', '2026-01-01']]
 */
export function batchDays(
  days: readonly string[],
  sizes: ReadonlyMap<string, number>,
  limits: BatchLimits,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const dt of days) {
    const size = sizes.get(dt) ?? 0;
    const full =
      current.length >= limits.days ||
      (current.length > 0 && bytes + size > limits.bytes);
    if (full) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(dt);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Logs a long catch-up's progress after each batch: days done of the
 * total, days per second and the time left at that pace.
 *
 * @param log - the logger (console locally, CloudWatch on AWS)
 * @param total - days to do
 * @param now - milliseconds clock
 * @returns a function to call with the days done so far
 * @example
 * const report = progressReporter(log, 428);
 * report(31); // "rollup progress" { done: '31/428 days', … }
 */
export function progressReporter(
  log: Logger,
  total: number,
  now: () => number = () => performance.now(),
): (done: number) => void {
  const started = now();
  return (done) => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = done / seconds;
    const left = rate > 0 ? (total - done) / rate : 0;
    log.info('rollup progress', {
      done: `${done}/${total} days`,
      daysPerSecond: Number(rate.toFixed(1)),
      secondsLeft: Math.round(left),
    });
  };
}
