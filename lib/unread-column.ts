import { looseName } from './input-message.ts';
import { likelyName } from './likely-name.ts';

/**
 * How Headroom's column names are written.
 *
 * @example
 * `name it 'owner' (${NAMING})`;
 */
export const NAMING = "column names are lowercase, words joined by '_'";

/**
 * What to do with a column Headroom does not read that names one it does:
 * in another case or spacing (`Owner`), or misspelt near one the header
 * lacks (`critcal`, `owners`, `lead_time`: `likelyName`, a name begun
 * from six letters on, so that a `port` column of interface names is left
 * alone). Undefined for any other column, which is ignored.
 *
 * @param names - the header's names, trimmed
 * @param known - every column the reader reads
 * @param name - a column of the header that is not among them
 * @returns what to do, for the message, or undefined
 * @example
 * unreadColumnFix(['link_id', 'critcal'], ['link_id', 'critical'], 'critcal');
 * // "did you mean 'critical'? name it so, or …"
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
  return likely === undefined || names.includes(likely)
    ? undefined
    : `did you mean '${likely}'? name it so, or name a column of your ` +
        'own further from it';
}
