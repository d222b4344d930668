import { inputDayProblem } from '#lib/domain/dates';
import {
  DECIMAL_PROBLEMS,
  type DecimalProblem,
  readDecimal,
} from '#lib/domain/decimal';
import { InputError } from '#lib/errors';
import { type CapacityReader, capacityFields } from './capacity-fields.ts';
import type { CsvRow } from './read-csv-rows.ts';

/** The longest name, id or owner the inventory accepts. */
export const MAX_TEXT = 100;

/** Reads fields of one CSV row, throwing errors that name file/line/field. */
export interface FieldReader extends CapacityReader {
  /** A non-empty text of at most `max` characters (default 100). */
  text(field: string, max?: number): string;
  optionalText(field: string, max?: number): string | undefined;
  /** An optional utilization ratio in (0, 1), e.g. 0.7 (not 70). */
  optionalRatio(field: string): number | undefined;
  positive(field: string): number;
  optionalPositive(field: string): number | undefined;
  /** A whole number from `min` to `max` (default: no bound above). */
  integer(field: string, min: number, max?: number): number;
  optionalInteger(field: string, min: number, max?: number): number | undefined;
  date(field: string): string;
  oneOf<T extends string>(field: string, allowed: readonly T[]): T;
}

/**
 * Builds a `FieldReader` for one row.
 *
 * @param file - the file's name
 * @param row - the row with its line number
 * @returns typed accessors for the row's fields
 * @example
 * fieldsOf('links.csv', row).capacity('capacity_bps');
 */
export function fieldsOf(file: string, row: CsvRow): FieldReader {
  const { raw, fail } = rowAccess(file, row);
  const numbers = numberFields({ raw, fail });
  const bounded = (field: string, max: number) =>
    raw(field).length <= max
      ? raw(field)
      : fail(field, `must be at most ${max} characters long`);
  return {
    text: (field, max = MAX_TEXT) =>
      bounded(field, max) || fail(field, 'must not be empty'),
    optionalText: (field, max = MAX_TEXT) => bounded(field, max) || undefined,
    ...numbers,
    ...capacityFields(numbers, fail),
    date: (field) => {
      const problem = inputDayProblem(raw(field));
      return problem === undefined ? raw(field) : fail(field, problem);
    },
    oneOf: (field, allowed) =>
      (allowed as readonly string[]).includes(raw(field))
        ? (raw(field) as (typeof allowed)[number])
        : fail(field, `must be one of ${allowed.join(', ')}`),
  };
}

/** A row's trimmed fields, and the error naming file, line and field. */
interface RowAccess {
  readonly raw: (field: string) => string;
  readonly fail: (field: string, problem: string) => never;
}

function rowAccess(file: string, row: CsvRow): RowAccess {
  return {
    raw: (field) => (row.values[field] ?? '').trim(),
    fail: (field, problem) => {
      throw new InputError(file, problem, {
        line: row.line,
        field,
        value: row.values[field] ?? '',
      });
    },
  };
}

/** The numeric readers: ratios, positive numbers, whole numbers. */
function numberFields({
  raw,
  fail,
}: RowAccess): Pick<
  FieldReader,
  | 'optionalRatio'
  | 'positive'
  | 'optionalPositive'
  | 'integer'
  | 'optionalInteger'
> {
  // Plain decimal notation only (readDecimal): Number() read '0x10' as 16.
  const decimal = (field: string, must: string) => {
    const read = readDecimal(raw(field));
    if (read.ok) return read.value;
    return fail(field, notDecimal(raw(field), read.problem, must));
  };
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
    optionalRatio: (field) => {
      if (raw(field) === '') return undefined;
      const must = 'must be a ratio between 0 and 1';
      const value = decimal(field, must);
      if (value > 0 && value < 1) return value;
      const hint =
        value > 1 && value <= 100 ? `, e.g. ${value / 100} for ${value}%` : '';
      return fail(field, `${must}${hint}`);
    },
    positive,
    optionalPositive: (field) =>
      raw(field) === '' ? undefined : positive(field),
    integer,
    optionalInteger: (field, min, max) =>
      raw(field) === '' ? undefined : integer(field, min, max),
  };
}

/**
 * The problem of a field that is not a decimal number: what it must be,
 * saying "in decimal notation" where Number() would have read another
 * one (`0x10`, `0b1`, `Infinity`), or that it is out of range.
 */
function notDecimal(text: string, problem: DecimalProblem, must: string) {
  if (problem !== 'not-decimal') return `is ${DECIMAL_PROBLEMS[problem]}`;
  return text !== '' && !Number.isNaN(Number(text))
    ? `${must}, written in decimal notation`
    : must;
}
