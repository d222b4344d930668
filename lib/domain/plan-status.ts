import type { PlannedAugment } from './inventory.ts';

/**
 * An augment of `augments.csv` as judged against the date it is needed.
 *
 * @example
 * const a: PlannedAugmentStatus = { group: 'Acme/LHR1/pni',
 *   inServiceDate: '2026-11-20', addedBps: 400e9, reference: 'CHG-1',
 *   lateByDays: 0, inService: true };
 */
export interface PlannedAugmentStatus extends PlannedAugment {
  /** Days after the date it was needed (critical upper runout); 0 if in time. */
  readonly lateByDays: number;
  /**
   * In service on the as-of date (`isInService`): its capacity is in
   * `capacityBps` already, so it is no longer planned (never late). The
   * reports show it as in service since its date and leave it out of
   * the planned capacity, until its row is removed from `augments.csv`
   * once its ports are in `links.csv`.
   */
  readonly inService: boolean;
}

/**
 * Pulling the earliest planned augment that lands too late in to the day it
 * is needed, and the ask still needed on top of it.
 *
 * @example
 * const x: ExpediteChoice = { reference: 'CHG-4711', addedBps: 100e9,
 *   inServiceDate: '2027-03-01', byDays: 11, targetDate: '2027-02-18',
 *   askPorts: 0, askBps: 0 };
 */
export interface ExpediteChoice {
  readonly reference: string;
  readonly addedBps: number;
  readonly inServiceDate: string;
  /** Days to bring it forward. */
  readonly byDays: number;
  /** The in-service date it needs: the needed-by date, or today if past. */
  readonly targetDate: string;
  /**
   * The ask still needed on top of it: sized as the recommended ask is,
   * with it in service from `targetDate`.
   */
  readonly askPorts: number;
  readonly askBps: number;
}

/**
 * Days a what-if has a whole bundle down: from `from` until the day
 * before `until` (none: to the forecast's end). No augment adds capacity
 * then, so these days take no part in the runout, the order-by date or
 * the ask.
 *
 * @example
 * const o: OutageDays = { from: '2026-12-10', until: '2026-12-17' };
 */
export interface OutageDays {
  readonly from: string;
  readonly until?: string;
}

/** What carries augments: an evaluation. */
type WithAugments = {
  readonly plannedAugments: readonly PlannedAugmentStatus[];
};

/*
 * An evaluation's augments (`augments.csv`) are of two kinds: still to
 * come (planned, judged in time or late) and in service already (in the
 * capacity from the first day: `PlannedAugmentStatus.inService`). Every
 * page, email and data file takes them apart here, so that none lists
 * one in service as planned or sums it beside the capacity that holds it.
 */

/**
 * The augments of an evaluation still to come (`inService` false: the
 * planned capacity) or already in service (true: held in its capacity).
 *
 * @param e - the evaluation
 * @param inService - which of the two
 * @returns those augments, in date order
 * @example
 * augmentsOf(e, false).length; // the planned augments
 */
export function augmentsOf(
  e: WithAugments,
  inService: boolean,
): readonly PlannedAugmentStatus[] {
  return e.plannedAugments.filter((a) => a.inService === inService);
}

/**
 * The capacity `augmentsOf` adds.
 *
 * @param e - the evaluation
 * @param inService - planned (false) or in service (true)
 * @returns bits per second
 * @example
 * addedBps(e, false); // groups.csv's planned_add_bps
 */
export function addedBps(e: WithAugments, inService: boolean): number {
  return augmentsOf(e, inService).reduce((s, a) => s + a.addedBps, 0);
}
