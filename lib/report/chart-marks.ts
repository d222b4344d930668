import type { Evaluation } from '#lib/domain/evaluation';
import type { ChartData } from './chart-types.ts';

const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The dates a chart marks with a vertical rule: today, the order-by date
 * and the critical runout (mean and upper bound), where they fall inside
 * the chart. Each label has its own row above the plot, so close dates
 * stay legible.
 *
 * @param evaluation - the series' evaluation, if any
 * @param asOf - today
 * @param start - the chart's first day
 * @param end - the chart's last day
 * @returns the marks, ordered by date
 * @example
 * dateMarks(evaluation, '2026-11-26', '2025-01-01', '2027-11-25');
 */
export function dateMarks(
  evaluation: Evaluation | undefined,
  asOf: string,
  start: string,
  end: string,
): ChartData['marks'] {
  const span = Date.parse(end) - Date.parse(start);
  const cut = new Date(Date.parse(start) + span * 0.75)
    .toISOString()
    .slice(0, 10);
  const wanted: [string | undefined, string][] = [
    [asOf, 'today'],
    [evaluation?.orderByDate, 'order by'],
    [evaluation?.criticalDateUpper, 'critical (upper)'],
    [evaluation?.criticalDate, 'critical (mean)'],
  ];
  return wanted
    .filter((w): w is [string, string] => w[0] !== undefined)
    .filter(([day]) => day >= start && day <= end)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, what], i) => ({
      t: ms(day),
      label: what === 'today' ? `today ${day}` : `${what} ${day}`,
      row: i,
      // Labels in the last quarter are written leftwards so they stay inside.
      right: day > cut,
    }));
}

/**
 * A note placed at the forecast's end (e.g. the ISP's growth rate).
 *
 * @param fc - the chart's forecast points
 * @param label - the text
 * @returns one note, or none when there is no forecast
 * @example
 * endNote(data.fc, '+35.0%/yr');
 */
export function endNote(
  fc: ChartData['fc'],
  label: string,
): ChartData['notes'] {
  const last = fc.at(-1);
  return last === undefined ? [] : [{ t: last.t, v: last.m, label }];
}
