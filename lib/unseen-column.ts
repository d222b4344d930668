import { InputError } from './errors.ts';
import { looseName } from './input-message.ts';
import {
  UNSEEN_CHARACTER,
  unseenCharacterName,
} from './inventory/unseen-characters.ts';

/**
 * Refuses a CSV header's column name holding a character one would not
 * see (`UNSEEN_CHARACTER` from U+00A0 on: a zero-width space, a soft
 * hyphen, a word joiner), naming the character: `link_id` with a
 * zero-width space read as a missing column whose header "has 'link_id';
 * name it 'link_id'", the two looking the same. Only a name that, the
 * character aside, is one the reader reads (`looseName`): any other
 * column is ignored, and one of the user's own named with a no-break
 * space (`Contract end` pasted from a web page) stopped the run, which
 * `inventory.extraColumns` could not undo. Control characters are left
 * to the hints of their own (tabs as separators, CR line ends).
 *
 * @param file - the file, for the message
 * @param names - the header's names, trimmed
 * @param known - every column the reader reads
 * @throws InputError naming the file, line 1, the column and the header
 * @example
 * refuseUnseenColumns('links.csv', ['link_id\u200b', 'isp'], ['link_id']);
 * // throws: … field 'link_id\u200b' must not contain a zero-width space …
 */
export function refuseUnseenColumns(
  file: string,
  names: readonly string[],
  known: readonly string[],
): void {
  const read = new Set(known.map(looseName));
  for (const name of names) {
    if (!read.has(looseName(name))) continue;
    const unseen = [...name].find(
      (c) => c >= '\u00a0' && UNSEEN_CHARACTER.test(c),
    );
    if (unseen === undefined) continue;
    throw new InputError(
      file,
      `must not contain ${unseenCharacterName(unseen)}`,
      {
        line: 1,
        field: name,
        value: names.join(','),
      },
    );
  }
}
