import { z } from 'zod';
import { readDecimal } from './domain/decimal.ts';
import { looseName } from './input-message.ts';

/** Day names in the order of their numbers, Sunday 0 (`getUTCDay`). */
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const RANGE = 'the day of the week from 0 (Sunday) to 6 (Saturday)';

/**
 * A day of the week as a configuration writes it (`notify.digestWeekday`):
 * a number, 0 for Sunday to 6 for Saturday, as JavaScript's `getUTCDay`
 * counts. Its message names the number meant for a day written by name
 * (`"Monday"`, `"mon"`, `"Tues"`: `write 1 for Monday`), and for 7,
 * Sunday in ISO 8601 and cron (`write 0 for Sunday`); a number in quotes
 * keeps zod's words (`plainIssue`: `write 1 without quotes`).
 *
 * @returns the number schema
 * @example
 * z.strictObject({ day: weekdayField() }).parse({ day: 1 }); // Monday
 * // { day: "Monday" } is refused: "must be a number, the day of the week
 * // from 0 (Sunday) to 6 (Saturday): write 1 for Monday"
 */
export function weekdayField(): z.ZodNumber {
  const error = (issue: { code: string; input?: unknown }) =>
    weekdayProblem(issue.code, issue.input);
  return z.number({ error }).int().min(0, { error }).max(6, { error });
}

/** The problem of a day of the week, or undefined for `plainIssue`'s. */
function weekdayProblem(code: string, input: unknown): string | undefined {
  const sunday = 'write 0 for Sunday (7 in ISO 8601 and cron)';
  if (code !== 'invalid_type') {
    return input === 7 ? `must be ${RANGE}: ${sunday}` : `must be ${RANGE}`;
  }
  if (typeof input !== 'string') return undefined;
  if (input.trim() === '7') return `must be a number, ${RANGE}: ${sunday}`;
  // A number in quotes keeps zod's words: "write 1 without quotes".
  if (readDecimal(input.trim()).ok) return undefined;
  const day = dayNamed(input);
  return day < 0
    ? `must be a number, ${RANGE}`
    : `must be a number, ${RANGE}: write ${day} for ${DAYS[day]}`;
}

/**
 * The number of the day a name stands for: the day's name, or its start
 * of two letters or more (`mon`, `Tues`, `th`) in any case; -1 for none.
 */
function dayNamed(text: string): number {
  const name = looseName(text);
  if (!/^[a-z]{2,}$/.test(name)) return -1;
  const days = DAYS.flatMap((day, n) =>
    day.toLowerCase().startsWith(name) ? [n] : [],
  );
  return days.length === 1 ? days[0]! : -1;
}
