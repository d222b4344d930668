import type { PlannedAugment } from '#lib/domain/inventory';
import type { CapacityStepChange } from './capacity-timeline.ts';
import { overlap } from './outage-windows.ts';
import type { GroupOutage } from './types.ts';

/**
 * The capacity steps of planned augments, as every capacity timeline
 * counts them (the rules' and, through them, the charts'): each adds its
 * bps from its in-service date on, except while a what-if has its whole
 * group down. An augment is ports on the group's bundle at the group's
 * site, so when the site, or every member link, is down its ports are
 * down too; with one member link down it keeps its ports (which link
 * carries them is not known, and the group's other ports stay up).
 *
 * @param augments - the augments (an expedite passes one at another date)
 * @param outages - the what-if's wholly down groups (none in a real run)
 * @returns dated changes: +bps in service, −bps down, +bps back
 * @example
 * augmentSteps([{ group: 'g', inServiceDate: '2026-12-12',
 *   addedBps: 100e9, reference: 'CHG-1' }],
 *   [{ group: 'g', from: '2026-12-10', until: '2026-12-17' }]);
 * // [{ date: '2026-12-12', deltaBps: 100e9 },
 * //  { date: '2026-12-12', deltaBps: -100e9 },
 * //  { date: '2026-12-17', deltaBps: 100e9 }]
 */
export function augmentSteps(
  augments: readonly PlannedAugment[],
  outages: readonly GroupOutage[],
): CapacityStepChange[] {
  return augments.flatMap((augment) => [
    { date: augment.inServiceDate, deltaBps: augment.addedBps },
    ...outages
      .filter((outage) => outage.group === augment.group)
      .flatMap((outage) => downSteps(augment, outage)),
  ]);
}

/** The augment's ports down for the part of the outage it is in service. */
function downSteps(
  augment: PlannedAugment,
  outage: GroupOutage,
): CapacityStepChange[] {
  const { inServiceDate, addedBps } = augment;
  return overlap({ from: inServiceDate }, outage).flatMap(({ from, until }) => [
    { date: from, deltaBps: -addedBps },
    ...(until === undefined ? [] : [{ date: until, deltaBps: addedBps }]),
  ]);
}
