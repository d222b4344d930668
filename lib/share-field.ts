import { z } from 'zod';
import { readDecimal } from './domain/decimal.ts';
import { displayedNumber } from './inventory/displayed-number.ts';

/** How a field writes a share of 100%: 0.85 (a ratio) or 85 (percent). */
export type ShareUnit = 'ratio' | 'percent';

/** Each unit's words, its bounds and the share's number written in it. */
const UNITS = {
  ratio: {
    must: 'must be a ratio between 0 and 1',
    example: '0.7 for 70%',
    min: 0,
    max: 1,
    written: (percent: number) => percent / 100,
  },
  percent: {
    must: 'must be a percentage between 50 and 100',
    example: '80 for 80%',
    min: 50,
    max: 100,
    written: (percent: number) => percent,
  },
} as const;

/**
 * A configuration field holding a share of 100%, both bounds excluded,
 * whose message names the number meant when it is written in the other
 * unit: `85` (or `"85"`) for a threshold, a ratio, is told `write 0.85
 * for 85%`; `0.8` (or `"0,8"`, `"80%"`) for `decisionLevel`, a
 * percentage as `--levels` takes it, `write 80 for 80%`. Other values
 * keep the field's example (`(0.7 for 70%)`), and text zod's own words
 * (`plainIssue`: `write 0.85 without quotes`).
 *
 * @param unit - how the field writes a share
 * @returns the number schema
 * @example
 * z.strictObject({ critical: shareField('ratio') }).parse({ critical: 0.85 });
 * // { critical: 85 } is refused: "must be a ratio between 0 and 1: write
 * // 0.85 for 85%"
 */
export function shareField(unit: ShareUnit): z.ZodNumber {
  const { min, max } = UNITS[unit];
  const error = (issue: { code: string; input?: unknown }) =>
    shareProblem(unit, issue.code, issue.input);
  return z.number({ error }).gt(min, { error }).lt(max, { error });
}

/** The problem of a share's value, or undefined for `plainIssue`'s. */
function shareProblem(
  unit: ShareUnit,
  code: string,
  input: unknown,
): string | undefined {
  const { must, example } = UNITS[unit];
  if (code !== 'invalid_type') {
    const meant = typeof input === 'number' ? meantShare(unit, input) : '';
    return meant ? `${must}: ${meant}` : `${must} (${example})`;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const plain = readDecimal(text);
  const shown: { value: number; percent?: string } | undefined = plain.ok
    ? plain
    : displayedNumber(text);
  if (shown === undefined) return undefined;
  const percent = shown.percent === undefined ? undefined : shown.value * 100;
  const meant =
    percent === undefined
      ? meantShare(unit, shown.value)
      : inUnit(unit, percent);
  // The decimal point or separators need no word: the number is named.
  return meant ? `must be a number, not text: ${meant}` : undefined;
}

/**
 * `write 0.85 for 85%` for a value of the other unit: over 1 and up to
 * 100 for a ratio, between 0 and 1 for a percentage; '' for any other.
 */
function meantShare(unit: ShareUnit, value: number): string {
  if (unit === 'ratio' && value > 1 && value <= 100) {
    return inUnit(unit, value);
  }
  if (unit === 'percent' && value > 0 && value < 1) {
    return inUnit(unit, value * 100);
  }
  return '';
}

/** `write 0.85 for 85%`, or '' when that number is out of the range. */
function inUnit(unit: ShareUnit, percent: number): string {
  const { min, max, written } = UNITS[unit];
  // To the typed figure's own digits: 0.9999 is 99.99, 85 is 0.85.
  const shown = Number(percent.toPrecision(12));
  const value = Number(written(shown).toPrecision(12));
  return value > min && value < max ? `write ${value} for ${shown}%` : '';
}
