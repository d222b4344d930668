import { isIsoDay } from '#lib/domain/dates';
import { InputError } from '#lib/errors';

/**
 * A SQL string literal: single quotes doubled, valid in Trino and DuckDB.
 *
 * @param text - the raw text
 * @returns the quoted literal
 * @example
 * sqlString("O'Hare"); // "'O''Hare'"
 */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * A `dt` partition value as a SQL literal, after checking it is a real
 * `YYYY-MM-DD` day (it also names folders, so nothing else may pass).
 *
 * @param dt - the day
 * @param what - the argument's name, for the error message
 * @returns the quoted literal, e.g. `'2026-01-01'`
 * @throws InputError when `dt` is not a `YYYY-MM-DD` day
 * @example
 * dayLiteral('2026-01-01'); // "'2026-01-01'"
 */
export function dayLiteral(dt: string, what = 'dt'): string {
  if (!isIsoDay(dt)) {
    throw new InputError('(sql)', 'must be a YYYY-MM-DD day', {
      field: what,
      value: dt,
    });
  }
  return sqlString(dt);
}

/**
 * A finite number as a SQL DOUBLE literal (never `NaN` or exponent-free
 * surprises).
 *
 * @param value - a finite number
 * @param what - the argument's name, for the error message
 * @returns e.g. `CAST(1.5 AS double)`
 * @throws InputError when `value` is not finite
 * @example
 * doubleLiteral(1.5); // 'CAST(1.5 AS double)'
 */
export function doubleLiteral(value: number, what = 'value'): string {
  if (!Number.isFinite(value)) {
    throw new InputError('(sql)', 'must be a finite number', {
      field: what,
      value,
    });
  }
  return `CAST(${String(value)} AS double)`;
}
