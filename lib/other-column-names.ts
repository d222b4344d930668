import { looseName, quoted } from './input-message.ts';

/**
 * The names other tools give the columns of `headroom forecast`'s long
 * CSV, compared loosely (`looseName`: `Date`, `TIMESTAMP`, `unique-id`):
 * statsforecast's `unique_id` (its `ds` and `y` are ours), a database's
 * or a spreadsheet's `date` and `value`, pandas' `timestamp`.
 */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  series_id: ['unique_id', 'id', 'series', 'item_id', 'ts_id', 'series_name'],
  ds: ['date', 'day', 'timestamp', 'time', 'datetime', 'ts', 'period'],
  y: ['value', 'values', 'target', 'val', 'count', 'observed'],
};

/** What each column holds, to say beside the name to give it. */
const HOLDS: Readonly<Record<string, string>> = {
  series_id: 'the series',
  ds: 'the day',
  y: 'the value',
};

/**
 * The columns the header writes as other tools name them (`unique_id`,
 * `date`, `value`, `timestamp`), each missing column paired with the one
 * name of the header that is among its other names; a column that two
 * of the header's names could be is left out.
 *
 * @param names - the header's names, trimmed
 * @param missing - the required columns the header lacks, in order
 * @returns the hint, starting with its punctuation, or ''
 * @example
 * otherNamesHint(['series_id', 'date', 'value'], ['ds', 'y']);
 * // ": the header has 'date' and 'value', as other tools name them;
 * //  name them 'ds' (the day) and 'y' (the value)"
 */
export function otherNamesHint(
  names: readonly string[],
  missing: readonly string[],
): string {
  const pairs = missing.flatMap((column) => {
    const others = (OTHER_NAMES[column] ?? []).map(looseName);
    const found = names.filter((name) => others.includes(looseName(name)));
    return found.length === 1 ? [[found[0]!, column] as const] : [];
  });
  if (pairs.length === 0) return '';
  const written = and(pairs.map(([name]) => `'${quoted(name)}'`));
  const meant = and(
    pairs.map(([, column]) => `'${column}' (${HOLDS[column] ?? column})`),
  );
  const them = pairs.length === 1 ? 'it' : 'them';
  return `: the header has ${written}, as other tools name ${them}; name ${them} ${meant}`;
}

/** `a`, `a and b`, `a, b and c`. */
function and(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
