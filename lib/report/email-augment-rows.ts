import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf } from '#lib/domain/plan-status';
import { inServiceNote, inServiceSince } from './augments-of.ts';
import { emailRow } from './email-row.ts';
import { formatBps, plural } from './format.ts';

/**
 * The augment rows of a group's paragraph in an alert email: each planned
 * augment (`augments.csv`) with whether it comes in time, `TOO LATE` and
 * by how many days after the group turns critical when not ('none'
 * without any), then the augments in service already, which the capacity
 * holds and the file need not list any more.
 *
 * @param e - the group's evaluation
 * @returns the `Planned` rows, then the `In service` ones
 * @example
 * augmentRows(evaluation);
 * // ['   Planned:          CHG-1 +100 Gbps in service 2027-02-01: in time']
 */
export function augmentRows(e: Evaluation): string[] {
  return [...plannedRows(e), ...inServiceRows(e)];
}

function plannedRows(e: Evaluation): string[] {
  const planned = augmentsOf(e, false);
  if (planned.length === 0) return [emailRow('Planned', 'none')];
  return planned.map((a, index) => {
    const verdict =
      a.lateByDays > 0
        ? `TOO LATE, ${plural(a.lateByDays, 'day')} after critical`
        : 'in time';
    const what = `${a.reference} +${formatBps(a.addedBps)} in service ${a.inServiceDate}: ${verdict}`;
    return emailRow(index === 0 ? 'Planned' : '', what);
  });
}

/** Augments in service already: in the capacity, not planned any more. */
function inServiceRows(e: Evaluation): string[] {
  return augmentsOf(e, true).map((a, index) =>
    emailRow(
      index === 0 ? 'In service' : '',
      `${inServiceSince(a)}: ${inServiceNote(e)}`,
    ),
  );
}
