import { looseName } from './input-message.ts';

/**
 * Words that, joined to a column's name, name another attribute of the
 * same thing: its identifier, a person, a name, a note, an address, a
 * time. `owner_id` is a key in the user's directory, `retired_by` a
 * person, neither an owner nor a date.
 */
const SUFFIXES = ['id', 'ids', 'by', 'name', 'names', 'note', 'notes', 'at'];

/** Words that, put before a column's name, make another column of it. */
const PREFIXES = ['co', 'ex', 'is'];

/**
 * The words that, joined to a column, keep its meaning: a threshold "at"
 * a level is the threshold (monitoring tools write `warn_at: 0.7`), and
 * a retirement "at" a time is its date (`retired_at`, as Rails names a
 * timestamp): such a column's values were the ones Headroom reads.
 */
const SAME_MEANING: Readonly<Record<string, readonly string[]>> = {
  warning: ['at'],
  critical: ['at'],
  retired_on: ['at'],
};

/**
 * Whether a column of the header is a column of the user's own built on
 * `meant`, a column Headroom reads that it is a few letters from, rather
 * than a misspelling of it: `meant` with a word added after it
 * (`owner_id`, `group_id`, `ownerName`) or before it (`co_owner`,
 * `is_critical`), or with its last word replaced by such a word
 * (`retired_by`, a person, for `retired_on`). Not with a word that keeps
 * `meant`'s meaning (`critical_at`, `retired_at`), nor a letter or a
 * plural (`owners`, `owner1`), nor `meant` cut short (`lead_time`, for
 * `lead_time_days`, whose values are the lead times), which stay typos.
 * Compared loosely (`looseName`), so that `owner_id`, `ownerId` and
 * `OwnerID` are alike.
 *
 * @param name - the column as written
 * @param meant - the column Headroom reads that it is near
 * @returns true for a column of the user's own
 * @example
 * isOwnColumn('owner_id', 'owner'); // true
 * isOwnColumn('retired_at', 'retired_on'); // false
 */
export function isOwnColumn(name: string, meant: string): boolean {
  const typed = looseName(name);
  const whole = looseName(meant);
  const words = meant.split('_');
  const stem = words.length > 1 ? looseName(words.slice(0, -1).join('_')) : '';
  const kept = SAME_MEANING[meant] ?? [];
  const added = (word: string) => !kept.includes(word);
  return (
    SUFFIXES.some((word) => added(word) && typed === whole + word) ||
    PREFIXES.some((word) => typed === word + whole) ||
    (stem !== '' &&
      SUFFIXES.some(
        (word) => added(word) && word !== words.at(-1) && typed === stem + word,
      ))
  );
}
