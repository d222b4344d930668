import { inputDayProblem } from '#lib/domain/dates';
import { InputError } from '#lib/errors';
import { asnTextProblem, MAX_ASN, reservedAsnProblem } from './asn-text.ts';
import { type CapacityReader, capacityFields } from './capacity-fields.ts';
import { type NumberReader, numberFields } from './number-fields.ts';
import type { CsvRow } from './read-csv-rows.ts';

/** The longest name, id or owner the inventory accepts. */
export const MAX_TEXT = 100;

/** Reads fields of one CSV row, throwing errors that name file/line/field. */
export interface FieldReader extends CapacityReader, NumberReader {
  /** A non-empty text of at most `max` characters (default 100). */
  text(field: string, max?: number): string;
  optionalText(field: string, max?: number): string | undefined;
  date(field: string): string;
  /** A date `YYYY-MM-DD`, or undefined for an empty field. */
  optionalDate(field: string): string | undefined;
  oneOf<T extends string>(field: string, allowed: readonly T[]): T;
  /** An AS number, in digits alone (`asnTextProblem`), one an ISP may have. */
  asn(field: string): number;
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
  const date = (field: string) => {
    const problem = inputDayProblem(raw(field));
    return problem === undefined ? raw(field) : fail(field, problem);
  };
  const numbers = numberFields(raw, fail);
  const bounded = (field: string, max: number) =>
    raw(field).length <= max
      ? raw(field)
      : fail(field, `must be at most ${max} characters long`);
  return {
    text: (field, max = MAX_TEXT) =>
      bounded(field, max) || fail(field, 'must not be empty'),
    optionalText: (field, max = MAX_TEXT) => bounded(field, max) || undefined,
    ...numbers,
    ...capacityFields(numbers, raw, fail),
    date,
    optionalDate: (field) => (raw(field) === '' ? undefined : date(field)),
    asn: (field) => {
      const problem = asnTextProblem(raw(field));
      if (problem) return fail(field, problem);
      const asn = numbers.integer(field, 0, MAX_ASN);
      const reserved = reservedAsnProblem(asn);
      return reserved ? fail(field, reserved) : asn;
    },
    oneOf: (field, allowed) =>
      (allowed as readonly string[]).includes(raw(field))
        ? (raw(field) as (typeof allowed)[number])
        : fail(
            field,
            `must be one of ${allowed.join(', ')}${meant(raw(field), allowed)}`,
          ),
  };
}

/** The value meant by one written in capitals (`PNI`): values match exactly. */
function meant(value: string, allowed: readonly string[]): string {
  const lower = allowed.find((a) => a === value.toLowerCase());
  return lower === undefined ? '' : `: write '${lower}' (values match exactly)`;
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
