import { isIsoDay } from '#lib/domain/dates';
import { InputError } from '#lib/errors';
import type { CsvRow } from './read-csv-rows.ts';

/** Reads fields of one CSV row, throwing errors that name file/line/field. */
export interface FieldReader {
  text(field: string): string;
  optionalText(field: string): string | undefined;
  positive(field: string): number;
  optionalPositive(field: string): number | undefined;
  integer(field: string, min: number): number;
  optionalInteger(field: string, min: number): number | undefined;
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
 * fieldsOf('links.csv', row).positive('capacity_bps');
 */
export function fieldsOf(file: string, row: CsvRow): FieldReader {
  const fail = (field: string, problem: string): never => {
    throw new InputError(file, problem, {
      line: row.line,
      field,
      value: row.values[field] ?? '',
    });
  };
  const raw = (field: string) => (row.values[field] ?? '').trim();
  const reader: FieldReader = {
    text: (field) => raw(field) || fail(field, 'must not be empty'),
    optionalText: (field) => raw(field) || undefined,
    positive: (field) => {
      const value = Number(raw(field));
      return raw(field) !== '' && Number.isFinite(value) && value > 0
        ? value
        : fail(field, 'must be a positive number');
    },
    optionalPositive: (field) =>
      raw(field) === '' ? undefined : reader.positive(field),
    integer: (field, min) => {
      const value = Number(raw(field));
      return raw(field) !== '' && Number.isInteger(value) && value >= min
        ? value
        : fail(field, `must be a whole number ≥ ${min}`);
    },
    optionalInteger: (field, min) =>
      raw(field) === '' ? undefined : reader.integer(field, min),
    date: (field) =>
      isIsoDay(raw(field))
        ? raw(field)
        : fail(field, 'must be a date YYYY-MM-DD'),
    oneOf: (field, allowed) =>
      (allowed as readonly string[]).includes(raw(field))
        ? (raw(field) as (typeof allowed)[number])
        : fail(field, `must be one of ${allowed.join(', ')}`),
  };
  return reader;
}
