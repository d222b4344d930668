import type { PartitionListing } from '#lib/ports/query-engine';

/** What the lake holds, as listed once at the start of a rollup. */
export interface LakeListing {
  readonly traffic: readonly PartitionListing[];
  readonly series: readonly PartitionListing[];
  readonly quality: readonly PartitionListing[];
}

/** How to choose the days of a catch-up. */
export interface PlanOptions {
  readonly asOf: string;
  /** The tag current markers must carry (grouping and options). */
  readonly tag: string;
  /** Days before as-of rolled up again on every catch-up. */
  readonly lateDays: number;
  /** The history window: regrouping re-rolls only these days. */
  readonly window: { readonly from: string; readonly to: string };
  /** Regrouped days re-rolled at most per run. */
  readonly regroupBudget: number;
}

/** The days a rollup will do, and those it cannot. */
export interface RollupPlan {
  /** Days to roll up, newest first. */
  readonly days: readonly string[];
  /** Days with traffic rolled up with an older grouping, left for later. */
  readonly regroupLeft: number;
  /**
   * Days in the window whose rollup is missing, untrusted or of an older
   * grouping but whose raw traffic is gone (expired): kept as they are.
   */
  readonly notReRolled: readonly string[];
}
