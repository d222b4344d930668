import type { Evaluation } from '#lib/domain/evaluation';
import { type HeldSeverities, toldSeverity } from './notification-held.ts';
import type { GroupState } from './notification-state.ts';
import { steppedUp } from './notify-reason.ts';

/**
 * The state entry of a group notified on `asOf`.
 *
 * @param e - the group's evaluation (warning or critical)
 * @param asOf - the run's date
 * @param previous - what was last told of the group, if anything
 * @param held - the run's held severities, if known: the severity
 *   recorded is the one told (`toldSeverity`)
 * @returns the entry
 * @example
 * entryOf(evaluation, '2026-11-26').notifiedOn; // '2026-11-26'
 */
export function entryOf(
  e: Evaluation,
  asOf: string,
  previous?: GroupState,
  held?: HeldSeverities,
): GroupState {
  return {
    severity: toldSeverity(previous, e, held) as GroupState['severity'],
    ...(e.orderByDate === undefined ? {} : { orderByDate: e.orderByDate }),
    notifiedOn: asOf,
    ...(steppedUp(e) ? { stepDate: e.step!.date } : {}),
    isp: e.isp,
    region: e.region,
    owner: e.owner,
  };
}
