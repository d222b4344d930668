import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf } from '#lib/domain/plan-status';
import type { Severity } from '#lib/domain/vocabulary';
import { escapeHtml, formatBps } from './format.ts';
import { keepWhole } from './keep-whole.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { portsText } from './ports-text.ts';

/**
 * A severity as a labelled badge (word and colour, so print keeps it).
 *
 * @param severity - ok, watch, warning or critical
 * @returns the HTML badge
 * @example
 * severityBadge('critical'); // '<span class="sev critical">critical</span>'
 */
export function severityBadge(severity: Severity): string {
  return `<span class="sev ${severity}">${severity}</span>`;
}

/**
 * The recommended augment in words.
 *
 * @param e - the evaluation
 * @returns e.g. '+2 × 100 Gbps (200 Gbps)', '+1 × 100 Gbps', or 'none'
 * @example
 * augmentText(e); // '+1 × 100 Gbps'
 */
export function augmentText(e: Evaluation): string {
  if (e.recommendedAddBps <= 0) return 'none';
  return portsText(e.recommendedPorts, e.portBps, e.recommendedAddBps);
}

/**
 * The N-1 status in words.
 *
 * @param e - the evaluation
 * @param asOf - the run's date (a breach on or before it: 'fails now', or
 *   'OK today; at risk now on the upper bound' for a peak that fits)
 * @returns e.g. 'OK', 'OK; fails from <date> on the upper bound', 'fails now'
 * @example
 * n1Text(e, '2026-11-26'); // 'OK; fails from 2027-01-04 on the upper bound'
 */
export function n1Text(e: Evaluation, asOf: string): string {
  const s = n1Status(e, asOf);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'down') return BUNDLE_DOWN;
  if (s.kind === 'ok') return 'OK';
  if (s.kind === 'ok-until')
    return `OK; fails from ${s.date} on the upper bound`;
  if (s.kind === 'ok-today') return 'OK today; at risk now on the upper bound';
  return s.from === undefined ? 'fails now' : `fails from ${s.from}`;
}

/**
 * The group's augments still to come, with whether each lands in time.
 *
 * @param e - the evaluation
 * @returns HTML, e.g. '+100 Gbps on 2027-02-01 (CHG-1, 12 d late)', or '—'
 * @example
 * plannedText(e);
 */
export function plannedText(e: Evaluation): string {
  const planned = augmentsOf(e, false);
  if (planned.length === 0) return '—';
  return planned
    .map((a) => {
      const late =
        a.lateByDays > 0
          ? `, <span class="bad">${a.lateByDays} d late</span>`
          : '';
      const ref = a.reference === '' ? '' : `${escapeHtml(a.reference)}`;
      return `+${formatBps(a.addedBps)} on ${keepWhole(a.inServiceDate)} (${ref || 'planned'}${late})`;
    })
    .join('<br>');
}
