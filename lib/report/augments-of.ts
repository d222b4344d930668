import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf, type PlannedAugmentStatus } from '#lib/domain/plan-status';
import { whollyDown } from '#lib/domain/wholly-down';
import { escapeHtml, formatBps } from './format.ts';
import { keepDatesWhole } from './keep-whole.ts';

/**
 * An augment in service already, in words: since when, its reference.
 *
 * @param a - the augment (`inService`)
 * @returns plain text (escape before writing into HTML)
 * @example
 * inServiceSince(a);
 * // '+400 Gbps in service since 2026-11-20 (CHG-1)'
 */
export function inServiceSince(a: PlannedAugmentStatus): string {
  const ref = a.reference === '' ? '' : ` (${a.reference})`;
  return `+${formatBps(a.addedBps)} in service since ${a.inServiceDate}${ref}`;
}

/**
 * Where an augment in service already stands: counted in the capacity,
 * unless a what-if has its whole bundle down today (`whollyDown`): then
 * its ports are down with the rest, and a capacity of 0 beside "counted
 * in capacity" would contradict itself.
 *
 * @param e - the evaluation (its capacity today)
 * @returns plain text
 * @example
 * inServiceState(e); // 'counted in capacity'
 */
export function inServiceState(e: Pick<Evaluation, 'capacityBps'>): string {
  return whollyDown(e.capacityBps)
    ? 'down with its bundle in this what-if'
    : 'counted in capacity';
}

/**
 * `inServiceState` and what to do about the augment: it stays in
 * `augments.csv` until its ports are in `links.csv`.
 *
 * @param e - the evaluation (its capacity today)
 * @returns plain text
 * @example
 * inServiceNote(e); // 'counted in capacity; remove it from augments.csv …'
 */
export function inServiceNote(e: Pick<Evaluation, 'capacityBps'>): string {
  return `${inServiceState(e)}; remove it from augments.csv once its ports are in links.csv`;
}

/**
 * The group's augments in service already (in its capacity), each with
 * the note on removing it from `augments.csv`.
 *
 * @param e - the evaluation
 * @returns HTML, one line per augment, or '' when there is none
 * @example
 * inServiceText(e);
 * // '+400 Gbps in service since 2026-11-20 (CHG-1) — counted in capacity; …'
 */
export function inServiceText(e: Evaluation): string {
  return augmentsOf(e, true)
    .map((a) =>
      keepDatesWhole(escapeHtml(`${inServiceSince(a)} — ${inServiceNote(e)}`)),
    )
    .join('<br>');
}
