import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';
import { UNSEEN_CHARACTER, unseenCharacterName } from './unseen-characters.ts';

/**
 * Refuses a CSV file holding a control character, or a character unseen
 * or seen as a plain space (`unseen-characters.ts`), naming its line,
 * column and value. The untrimmed values are checked, so a tab after a
 * name is caught too; a file whose quoting needs trimming to parse is
 * checked after trimming.
 *
 * @param text - the file's text
 * @param file - its name, for the message
 * @throws InputError at the first such character
 * @example
 * rejectUnseenCharacters('link_id\nlhr1\u200b\n', 'links.csv');
 * // throws: links.csv, line 2: field 'link_id' must not contain …
 */
export function rejectUnseenCharacters(text: string, file: string): void {
  type Raw = { record: string[]; raw: string; info: { lines: number } }[];
  const options = {
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
  } as const;
  let records: Raw;
  try {
    records = parse(text, options) as unknown as Raw;
  } catch {
    records = parse(text, { ...options, trim: true }) as unknown as Raw;
  }
  const header = records[0]?.record ?? [];
  for (const { record, raw, info } of records) {
    const at = record.findIndex((value) => UNSEEN_CHARACTER.test(value));
    if (at < 0) continue;
    const character = UNSEEN_CHARACTER.exec(record[at]!)![0];
    throw new InputError(
      file,
      `must not contain ${unseenCharacterName(character)}`,
      {
        line: firstLine(raw, info.lines),
        field: header[at]?.trim(),
        value: record[at],
      },
    );
  }
}

/**
 * The line a record starts on: csv-parse counts the line it ends on, and
 * a quoted line break made a row of line 8 read as line 9, the next
 * row's line in a spreadsheet. csv-parse counts each CR and each LF
 * inside quotes as a line (a quoted CRLF as two), and a record's raw
 * text may begin with the blank lines skipped before it.
 */
function firstLine(raw: string, lastLine: number): number {
  const inside = raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  return lastLine - (inside.match(/[\r\n]/g)?.length ?? 0);
}
