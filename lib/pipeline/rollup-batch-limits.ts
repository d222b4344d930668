import type { PartitionListing } from '#lib/ports/query-engine';
import type { Deps } from './deps.ts';
import {
  type BatchLimits,
  configuredLimits,
  rollupBatches,
} from './rollup-batches.ts';

/** How long one batch of the rollup took, and how large it was. */
export interface BatchPace {
  readonly days: number;
  /** Its raw traffic bytes, as listed. */
  readonly bytes: number;
  readonly ms: number;
}

/** What `sizeBatches` cuts into batches, and with which tag. */
export interface BatchSizing {
  readonly asOf: string;
  readonly tag: string;
  /** The days to roll up, in order. */
  readonly days: readonly string[];
  /** The traffic table's listing (bytes per day). */
  readonly traffic: readonly PartitionListing[];
  /** Limits remembered after a batch ran out of time, if any. */
  readonly remembered?: BatchLimits | undefined;
}

/**
 * Cuts the rollup's days into batches within the configured limits,
 * narrowed by those remembered (`narrowLimits`); a warning says so when
 * that makes more batches.
 *
 * @param deps - engine, configuration and logger
 * @param sizing - as-of date, tag, days, listing and remembered limits
 * @returns the configured limits and the batches
 * @example
 * const { batches } = sizeBatches(deps, { asOf, tag, days, traffic });
 */
export function sizeBatches(
  deps: Pick<Deps, 'engine' | 'config' | 'log'>,
  sizing: BatchSizing,
): { configured: BatchLimits; batches: string[][] } {
  const { asOf, tag, days, traffic } = sizing;
  const configured = configuredLimits(deps, asOf, tag);
  const limits = narrowLimits(configured, sizing.remembered);
  const batches = rollupBatches(deps, days, traffic, asOf, tag, limits);
  const usual = rollupBatches(deps, days, traffic, asOf, tag, configured);
  if (batches.length > usual.length) {
    deps.log.warn(
      'rollup batches halved after a batch ran out of time: ' +
        `${batches.length} batches of at most ${limits.days} days and ` +
        `${limits.bytes} bytes of raw traffic, not ${usual.length} of ` +
        `${configured.days} days and ${configured.bytes} bytes, until ` +
        'batches end in time again',
      { batchLimits: limits },
    );
  }
  return { configured, batches };
}

/**
 * The limits a rollup batches by: the configured ones, narrowed by those
 * remembered after a batch ran out of time (docs/architecture.md "How a
 * run flows", time on AWS).
 *
 * @param configured - from `rollup.batchDays` and `rollup.scanBytes`
 * @param remembered - from `state/rollup.json`, if any
 * @returns the smaller of each
 * @example
 * narrowLimits({ days: 31, bytes: 8e9 }, { days: 8, bytes: 2e9 });
 * // { days: 8, bytes: 2e9 }
 */
export function narrowLimits(
  configured: BatchLimits,
  remembered: BatchLimits | undefined,
): BatchLimits {
  if (!remembered) return configured;
  return {
    days: Math.min(configured.days, remembered.days),
    bytes: Math.min(configured.bytes, remembered.bytes),
  };
}

/**
 * The limits for the run after a batch ran out of time: half its days
 * (at least one) and half its raw bytes (a day larger than that still
 * makes a batch of one).
 *
 * @param cut - the batch's days and raw bytes
 * @returns the halved limits
 * @example
 * halveLimits({ days: 31, bytes: 9e9 }); // { days: 15, bytes: 4.5e9 }
 */
export function halveLimits(cut: BatchLimits): BatchLimits {
  return {
    days: Math.max(1, Math.floor(cut.days / 2)),
    bytes: Math.max(1, Math.floor(cut.bytes / 2)),
  };
}

/**
 * The limits to remember after a run whose batches all ended: twice the
 * current ones, at most the configured ones (and then nothing is
 * remembered), when every batch, at its pace, would still have ended
 * within the budget at those limits; the same ones otherwise. A batch's
 * time is taken as growing with its raw bytes (Athena's cost is the
 * scan), or its days where they bound the batch more.
 *
 * @param remembered - the current remembered limits, if any
 * @param configured - from the configuration
 * @param paces - each batch of the run
 * @param budgetMs - the rollup's time budget (none: no limit)
 * @returns the limits to remember, or undefined for the configured ones
 * @example
 * widenLimits({ days: 8, bytes: 1e9 }, { days: 31, bytes: 8e9 },
 *   [{ days: 4, bytes: 4e8, ms: 60_000 }], 600_000);
 * // { days: 16, bytes: 2e9 }
 */
export function widenLimits(
  remembered: BatchLimits | undefined,
  configured: BatchLimits,
  paces: readonly BatchPace[],
  budgetMs = Number.POSITIVE_INFINITY,
): BatchLimits | undefined {
  if (!remembered || paces.length === 0) return remembered;
  const next = narrowLimits(configured, {
    days: 2 * remembered.days,
    bytes: 2 * remembered.bytes,
  });
  const fits = paces.every((p) => {
    const bytes = p.bytes > 0 ? next.bytes / p.bytes : Infinity;
    return p.ms * Math.min(bytes, next.days / p.days) <= budgetMs;
  });
  if (!fits) return remembered;
  const back = next.days >= configured.days && next.bytes >= configured.bytes;
  return back ? undefined : next;
}
