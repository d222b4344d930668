import { checkHeaderNames } from '#lib/csv-header';
import { DECIMAL_PROBLEMS, readDecimal } from '#lib/domain/decimal';
import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';
import { displayedNumberHint } from '#lib/inventory/displayed-number';
import { parseDay } from './parse-day.ts';

/** One series of a long-format table, as a regular daily array. */
export interface LongSeries {
  readonly id: string;
  /** Day number (days since 1970-01-01) of `values[0]`. */
  readonly start: number;
  /** One value per day from `start`; NaN for a missing day. */
  readonly values: readonly number[];
  /** Line of the file each value came from (0 for a missing day). */
  readonly lines?: ArrayLike<number>;
}

const MISSING = new Set(['', 'NA', 'NaN', 'nan', 'null']);
const COLUMNS = ['series_id', 'ds', 'y'] as const;

/**
 * Turn the records of a long CSV `series_id,ds,y` (header first) into
 * regular daily series, in order of first appearance. Rows may come in
 * any order; absent days and empty `y` become NaN.
 *
 * @param records - CSV records, the header first
 * @param file - file name for error messages
 * @returns the series
 * @throws InputError on a missing column, a bad date, a non-numeric value
 *   or a duplicated day, naming the file, line, series and field
 * @example
 * seriesFromRecords([['series_id', 'ds', 'y'], ['a', '2024-01-01', '5']],
 *   'in.csv'); // [{ id: 'a', start: 19723, values: [5] }]
 */
export function seriesFromRecords(
  records: readonly (readonly string[])[],
  file: string,
): LongSeries[] {
  const header = (records[0] ?? []).map((h) => h.trim());
  checkHeaderNames(file, header, COLUMNS);
  const index = COLUMNS.map((c) => header.indexOf(c));
  const days = new Map<string, Map<number, number>>();
  const lines = new Map<string, Map<number, number>>();
  for (let r = 1; r < records.length; r += 1) {
    const row = records[r]!;
    const [id, ds, y] = index.map((i) => (row[i] ?? '').trim());
    const where = { line: r + 1, series: id! };
    const day = parseDay(ds!, file, where);
    const value = parseValue(y!, file, where);
    const seen = days.get(id!) ?? new Map<number, number>();
    if (seen.has(day)) {
      throw new InputError(file, `series '${quoted(id!)}': duplicate day`, {
        line: r + 1,
        field: 'ds',
        value: ds,
      });
    }
    seen.set(day, value);
    days.set(id!, seen);
    lines.set(id!, (lines.get(id!) ?? new Map()).set(day, r + 1));
  }
  return [...days].map(([id, seen]) => toSeries(id, seen, lines.get(id)));
}

/**
 * One regular daily series from its days (NaN for absent days).
 *
 * @param id - series id
 * @param seen - day number → value
 * @param lineOf - day number → line of the file, when known
 * @returns the series from its first to its last day
 * @example
 * toSeries('a', new Map([[0, 1], [2, 3]])).values; // [1, NaN, 3]
 */
export function toSeries(
  id: string,
  seen: Map<number, number>,
  lineOf?: Map<number, number>,
): LongSeries {
  const keys = [...seen.keys()];
  const start = Math.min(...keys);
  const end = Math.max(...keys);
  const values = Array.from({ length: end - start + 1 }, (_, i) =>
    seen.has(start + i) ? seen.get(start + i)! : Number.NaN,
  );
  if (lineOf === undefined) return { id, start, values };
  const lines = values.map((_, i) => lineOf.get(start + i) ?? 0);
  return { id, start, values, lines };
}

/**
 * Value of a `y` field: a finite number in plain decimal notation (not
 * `0x10`, which Number() reads as 16), or NaN for an empty/NA field.
 *
 * @param y - the field
 * @param file - file name for messages
 * @param where - line and series for messages
 * @returns the number
 * @throws InputError naming file, line, series, field and value; a value
 *   beyond a double's range (`1e400`) is out of range, not "not a number"
 * @example
 * parseValue('5', 'in.csv', { line: 2, series: 'a' }); // 5
 */
export function parseValue(
  y: string,
  file: string,
  where: { line: number; series: string },
): number {
  if (MISSING.has(y)) return Number.NaN;
  const read = readDecimal(y);
  if (read.ok) return read.value;
  // A number as a spreadsheet displays it (`1,5`, `１００`) names the
  // plain one, as in links.csv.
  const hint = displayedNumberHint(y);
  const problem =
    read.problem !== 'not-decimal'
      ? DECIMAL_PROBLEMS[read.problem]
      : hint !== undefined
        ? `not a number: ${hint}`
        : `not a number${Number.isNaN(Number(y)) ? '' : ' in decimal notation'}`;
  throw new InputError(file, `series '${quoted(where.series)}': ${problem}`, {
    line: where.line,
    field: 'y',
    value: y,
  });
}
