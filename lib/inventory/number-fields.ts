import {
  DECIMAL_PROBLEMS,
  type DecimalProblem,
  readDecimal,
} from '#lib/domain/decimal';
import { displayedNumberHint } from './displayed-number.ts';

/** Readers of ratios, positive numbers and whole numbers. */
export interface NumberReader {
  /** An optional utilization ratio in (0, 1), e.g. 0.7 (not 70). */
  optionalRatio(field: string): number | undefined;
  positive(field: string): number;
  optionalPositive(field: string): number | undefined;
  /** A whole number from `min` to `max` (default: no bound above). */
  integer(field: string, min: number, max?: number): number;
  optionalInteger(field: string, min: number, max?: number): number | undefined;
}

/** Reads a field as a decimal number, failing with what it `must` be. */
type DecimalRead = (field: string, must: string) => number;

/**
 * Builds the numeric readers of one row: ratios, positive numbers,
 * whole numbers.
 *
 * @param raw - reads a field's trimmed text
 * @param fail - throws the row's error naming file, line, field and value
 * @returns the `NumberReader` of the row
 * @example
 * numberFields(raw, fail).integer('asn', 0, 4_294_967_295);
 */
export function numberFields(
  raw: (field: string) => string,
  fail: (field: string, problem: string) => never,
): NumberReader {
  const decimal = decimalRead(raw, fail);
  const positive = (field: string) => {
    const must = 'must be a positive number';
    const value = decimal(field, must);
    return value > 0 ? value : fail(field, must);
  };
  const integer = (field: string, min: number, max = Infinity) => {
    const must =
      max === Infinity
        ? `must be a whole number ≥ ${min}`
        : `must be a whole number from ${min} to ${max}`;
    const value = decimal(field, must);
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : fail(field, must);
  };
  return {
    optionalRatio: optionalRatioRead(raw, fail, decimal),
    positive,
    optionalPositive: (field) =>
      raw(field) === '' ? undefined : positive(field),
    integer,
    optionalInteger: (field, min, max) =>
      raw(field) === '' ? undefined : integer(field, min, max),
  };
}

function decimalRead(
  raw: (field: string) => string,
  fail: (field: string, problem: string) => never,
): DecimalRead {
  // Plain decimal notation only (readDecimal): Number() read '0x10' as 16.
  return (field, must) => {
    const read = readDecimal(raw(field));
    if (read.ok) return read.value;
    return fail(field, notDecimal(raw(field), read.problem, must));
  };
}

/** An empty field is no ratio; 70 is rejected with the hint 0.7 for 70%. */
function optionalRatioRead(
  raw: (field: string) => string,
  fail: (field: string, problem: string) => never,
  decimal: DecimalRead,
): NumberReader['optionalRatio'] {
  return (field) => {
    if (raw(field) === '') return undefined;
    const must = 'must be a ratio between 0 and 1';
    const value = decimal(field, must);
    if (value > 0 && value < 1) return value;
    const hint =
      value > 1 && value <= 100 ? `, e.g. ${value / 100} for ${value}%` : '';
    return fail(field, `${must}${hint}`);
  };
}

/**
 * The problem of a field that is not a decimal number: what it must be,
 * with the plain number to write for one a spreadsheet displayed
 * (`"100,000,000,000"`, `"0,7"`, `70%`: `displayedNumberHint`), saying
 * "in decimal notation" where Number() would have read another one
 * (`0x10`, `0b1`, `Infinity`), or that it is out of range.
 */
function notDecimal(text: string, problem: DecimalProblem, must: string) {
  if (problem !== 'not-decimal') return `is ${DECIMAL_PROBLEMS[problem]}`;
  const hint = displayedNumberHint(text);
  if (hint !== undefined) return `${must}: ${hint}`;
  return text !== '' && !Number.isNaN(Number(text))
    ? `${must}, written in decimal notation`
    : must;
}
