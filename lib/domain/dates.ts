/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC. Every stage speaks
 * in such days (partitions, as-of dates, runout dates).
 */

import { dayHint } from './day-hint.ts';

/** Milliseconds in a day (UTC days have no leap seconds in JavaScript). */
export const DAY_MS = 86_400_000;

/**
 * A week, traffic's cycle: the upper bound of traffic with a weekly
 * pattern crosses critical on its busy days only, so a day it crosses
 * comes within a week of any day it is short on, before or after. A
 * bundle's standing (`orderDue`: needed now) and the end of its
 * shortfall (`overduePlan`) are judged over a week, so that they do not
 * change from one day of the cycle to the next.
 */
export const WEEK_DAYS = 7;

/**
 * The day `days` after `day` (negative goes back).
 *
 * @param day - a `YYYY-MM-DD` date
 * @param days - whole days to add
 * @returns the resulting `YYYY-MM-DD` date
 * @example
 * addDays('2026-12-31', 1); // '2027-01-01'
 */
export function addDays(day: string, days: number): string {
  return toDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - a `YYYY-MM-DD` date
 * @param to - a `YYYY-MM-DD` date
 * @returns `to − from` in days
 * @example
 * daysBetween('2026-01-01', '2026-03-01'); // 59
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}

/**
 * The UTC calendar day of an instant.
 *
 * @param instant - a date
 * @returns its `YYYY-MM-DD` day in UTC
 * @example
 * toDay(new Date('2026-11-26T23:59:00Z')); // '2026-11-26'
 */
export function toDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Whether a text is a real calendar date written `YYYY-MM-DD`.
 *
 * @param text - the text to check
 * @returns true for e.g. '2026-02-28', false for '2026-02-30'
 * @example
 * isIsoDay('2026-02-30'); // false
 */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  // A month 13 parses to NaN, and toISOString would throw on it.
  return !Number.isNaN(time) && toDay(new Date(time)) === text;
}

/**
 * The days Headroom takes as dates in its input: `--as-of`, `--from` and
 * `--to`, `headroom sample --end`, `augments.csv`'s `in_service_date` and
 * a scenario's dates. No traffic was measured before 1970; the last day
 * leaves a century for the dates derived from an input date (a history
 * of up to 20 years before it, a horizon of up to 5 years after), which
 * must stay four-digit years: past 9999 `toISOString` writes
 * `+010000-01-01`, and before year 0 `-000001-…`, which no reader takes.
 */
export const INPUT_DAYS = { first: '1970-01-01', last: '9899-12-31' } as const;

/**
 * What is wrong with a text given as an input date, if anything: not a
 * real `YYYY-MM-DD` date (with the day to write for a date as a
 * spreadsheet writes it, `dayHint`), or one outside {@link INPUT_DAYS}.
 *
 * @param text - the text
 * @returns undefined for a good date, else the problem, worded to follow
 *   the field's name
 * @example
 * inputDayProblem('2026-12-01'); // undefined
 * inputDayProblem('0000-01-01'); // 'is out of range: …'
 * inputDayProblem('01.12.2026'); // '… YYYY-MM-DD: write 2026-12-01'
 */
export function inputDayProblem(text: string): string | undefined {
  if (!isIsoDay(text)) return `must be a date YYYY-MM-DD${dayHint(text)}`;
  if (text >= INPUT_DAYS.first && text <= INPUT_DAYS.last) return undefined;
  return (
    `is out of range: dates run from ${INPUT_DAYS.first} to ` +
    `${INPUT_DAYS.last}`
  );
}

/**
 * Days written as runs of consecutive dates, for a log line a reader can
 * take in: a two-year list becomes one range.
 *
 * @param days - ISO days, in any order, repeats allowed
 * @param most - runs written out before the rest are counted
 * @returns e.g. "730 days: 2024-11-26 to 2026-11-25"
 * @example
 * dayRuns(['2026-01-03', '2026-01-01', '2026-01-02', '2026-02-01']);
 * // '4 days: 2026-01-01 to 2026-01-03, 2026-02-01'
 */
export function dayRuns(days: readonly string[], most = 5): string {
  const sorted = [...new Set(days)].sort();
  const runs: [string, string][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  const text = runs
    .slice(0, most)
    .map(([from, to]) => (from === to ? from : `${from} to ${to}`));
  if (runs.length > most) text.push(`and ${runs.length - most} more runs`);
  const count = `${sorted.length} day${sorted.length === 1 ? '' : 's'}`;
  return `${count}: ${text.join(', ')}`;
}
