import { InputError } from './errors.ts';
import { looseName, quotedJson } from './input-message.ts';
import { likelyName } from './likely-name.ts';
import { isOwnColumn } from './own-column.ts';

/**
 * How Headroom's column names are written.
 *
 * @example
 * `name it 'owner' (${NAMING})`;
 */
export const NAMING = "column names are lowercase, words joined by '_'";

/**
 * Refuses a column of a CSV header that Headroom does not read but that
 * names one it reads (`unreadColumnFix`), unless it is among `extra`
 * (the user's own, declared so: compared loosely, `looseName`).
 *
 * @param file - the file, for the message
 * @param names - the header's names, trimmed
 * @param known - every column the reader reads
 * @param extra - columns to ignore, however near a known one
 * @throws InputError naming the file, line 1, the column and the header
 * @example
 * refuseUnreadColumns('links.csv', ['link_id', 'owners'], ['link_id', 'owner'], []);
 * // throws: line 1: field 'owners' … did you mean 'owner'? …
 */
export function refuseUnreadColumns(
  file: string,
  names: readonly string[],
  known: readonly string[],
  extra: readonly string[],
): void {
  const declared = new Set(extra.map(looseName));
  const unread = names.filter(
    (name) => !known.includes(name) && !declared.has(looseName(name)),
  );
  for (const name of unread) {
    const fix = unreadColumnFix(names, known, name);
    if (fix === undefined) continue;
    throw new InputError(
      file,
      `is not a column Headroom reads, so its values would be ignored: ${fix}`,
      { line: 1, value: names.join(','), field: name },
    );
  }
}

/**
 * What to do with a column Headroom does not read that names one it does:
 * in another case or spacing (`Owner`), or misspelt near one the header
 * lacks (`critcal`, `owners`, `lead_time`: `likelyName`, a name begun
 * from six letters on, so that a `port` column of interface names is left
 * alone), unless it is one of the user's own built on it (`owner_id`,
 * `retired_by`: `isOwnColumn`). Undefined for any other column, which is
 * ignored.
 *
 * @param names - the header's names, trimmed
 * @param known - every column the reader reads
 * @param name - a column of the header that is not among them
 * @returns what to do, for the message, or undefined
 * @example
 * unreadColumnFix(['link_id', 'critcal'], ['link_id', 'critical'], 'critcal');
 * // "did you mean 'critical'? name it so; or, if it is a column of your own, …"
 */
export function unreadColumnFix(
  names: readonly string[],
  known: readonly string[],
  name: string,
): string | undefined {
  const meant = known.find((column) => looseName(column) === looseName(name));
  if (meant !== undefined) {
    return names.includes(meant)
      ? `the header has '${meant}' too: keep one of the two`
      : `name it '${meant}' (${NAMING})`;
  }
  const likely = likelyName(known, name, 6);
  if (likely === undefined || names.includes(likely)) return undefined;
  if (isOwnColumn(name, likely)) return undefined;
  const values = VALUES_BY_ENDING[likely.split('_').at(-1)!];
  const so = values === undefined ? 'name it so' : `name it so, ${values}`;
  return `did you mean '${likely}'? ${so}; ${extraHint(name)}`;
}

/**
 * The way out for a column of the user's own that reads as a typo, where
 * renaming the column was the only one. Only links.csv has optional
 * columns, so only its header is ever told it.
 */
const extraHint = (name: string) =>
  `or, if it is a column of your own, add ${quotedJson(name)} to the ` +
  "configuration's inventory.extraColumns for Headroom to ignore it";

/**
 * What a column's values must be, by the unit or kind its name ends in:
 * a `lead_time` column in weeks or a `port_gbps` one, renamed as the
 * message asks, was read in days or bits per second without a word.
 */
const VALUES_BY_ENDING: Readonly<Record<string, string>> = {
  days: 'its values in days',
  bps: 'its values in bits per second',
  on: 'its values dates (YYYY-MM-DD)',
};
