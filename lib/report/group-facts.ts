import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { inServiceText } from './augments-of.ts';
import { n1Text, plannedText } from './describe.ts';
import { dueMark } from './email-format.ts';
import { formatBps, formatDate, formatGrowth, formatPct } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { NEITHER_WITHIN_HORIZON, NOT_WITHIN_HORIZON } from './horizon-words.ts';
import { modelFact } from './model-words.ts';

/**
 * A capacity group's key figures, as its section of the ISP page lists
 * them (`facts`): p95 and capacity, utilization, the warning and critical
 * runouts, the order-by date, N-1, the augments planned and in service,
 * growth and the model.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the label and HTML value of each figure, in order
 * @example
 * facts(groupFacts(evaluation, '2026-11-26'));
 */
export function groupFacts(e: Evaluation, asOf: string): [string, string][] {
  return [
    [
      'p95 now / capacity',
      `${formatBps(e.lastPeakBps)} / ${formatBps(e.capacityBps)}`,
    ],
    ['Utilization', formatUtilization(e)],
    [
      `Warning ${formatPct(e.warning)} runout (upper)`,
      runoutFact(e, e.warning, 'warning'),
    ],
    [
      `Critical ${formatPct(e.critical)} runout (upper)`,
      runoutFact(e, e.critical, 'critical'),
    ],
    ['Order by', orderByFact(e, asOf)],
    ['N-1', n1Text(e, asOf)],
    ['Planned augments', plannedText(e)],
    ...inServiceFact(e),
    ['Growth (mean forecast)', formatGrowth(e.growthPctPerYear)],
    ['Model', modelFact(e.model)],
  ];
}

/**
 * The order-by date, marked beneath when it is today or past as the
 * overview's cell marks it (`dueMark`: 'needed now', 'OVERDUE 53 d',
 * 'due today'): bare, a bundle needed now read 'Order by 2026-09-07', a
 * deadline missed by the lead time, beside its sentence's 'order today'.
 */
function orderByFact(e: Evaluation, asOf: string): string {
  const mark = dueMark(e, asOf);
  const date = formatDate(e.orderByDate);
  return mark === undefined
    ? date
    : `${date}<span class="sub bad">${mark}</span>`;
}

/** The augments in service already, when the group has any. */
function inServiceFact(e: Evaluation): [string, string][] {
  const text = inServiceText(e);
  return text === '' ? [] : [['In service', text]];
}

/**
 * A runout fact: reached already, or the upper bound's date (the one to
 * plan on, first, as on the overview and in the email), the mean's after;
 * a forecast that does not reach it in the emails' words.
 */
function runoutFact(
  e: Evaluation,
  ratio: number,
  which: 'warning' | 'critical',
): string {
  if (reachedNow(e, ratio)) return `reached (${formatUtilization(e)} now)`;
  const [upper, mean] =
    which === 'warning'
      ? [e.warningDateUpper, e.warningDate]
      : [e.criticalDateUpper, e.criticalDate];
  // As the overview's cell: '—', both named (a bare 'not within the
  // horizon' read as said of one of them).
  if (upper === undefined && mean === undefined) {
    return `${formatDate(upper)} (${NEITHER_WITHIN_HORIZON})`;
  }
  const beneath =
    mean === undefined
      ? `(mean: ${NOT_WITHIN_HORIZON})`
      : `<span class="nowrap">(mean: ${formatDate(mean)})</span>`;
  return `${formatDate(upper)} ${beneath}`;
}
