import { z } from 'zod';
import { checkedText, unseenProblem } from './checked-text.ts';
import { inputDayProblem } from './domain/dates.ts';
import { type InputErrorOf, parseJsonText } from './json-text.ts';
import { lineOfPath } from './line-of-path.ts';
import { ownerProblem } from './owner-problem.ts';
import { plainIssue } from './plain-issue.ts';
import { schemaProblem } from './schema-problem.ts';

/**
 * A date Headroom takes as input (a scenario's dates, the as-of date of
 * a Lambda's event): a real `YYYY-MM-DD` day from 1970-01-01 to
 * 9899-12-31, checked by `inputDayProblem` as the command line's are.
 *
 * @example
 * z.strictObject({ asOf: INPUT_DAY }).parse({ asOf: '2026-12-01' });
 */
export const INPUT_DAY = checkedText(inputDayProblem);

/**
 * A name messages show (an owner, a what-if's name), without a character
 * links.csv refuses (`UNSEEN_CHARACTER`): an owner "ops\nBcc: x@evil"
 * wrote a `Bcc:` line into every alert's body. Nor blank, nor with a
 * space first or last: links.csv's fields are read trimmed, and an
 * owner `"emea-peering "` went on every alert of its region, matching
 * no subscription filter of `emea-peering`, without a word.
 *
 * @example
 * z.strictObject({ owner: PLAIN_NAME }).parse({ owner: 'emea-peering' });
 */
export const PLAIN_NAME = checkedText(plainNameProblem, z.string().min(1));

/**
 * An owner in the configuration (`owners.default`, `owners.regions`): a
 * `PLAIN_NAME` that is one owner, as links.csv's `owner` must be
 * (`ownerProblem`: not a list of addresses, nor an address with a name).
 *
 * @example
 * z.strictObject({ default: OWNER_NAME }).parse({ default: 'peering' });
 */
export const OWNER_NAME = checkedText(
  (text) => plainNameProblem(text) ?? ownerProblem(text),
  z.string().min(1),
);

/**
 * A text messages show on lines of their own (a what-if's description),
 * without a character links.csv refuses (`UNSEEN_CHARACTER`): a line
 * break wrote a line of its own into the what-if's messages
 * (`Groups: 0 critical`), as a name's did.
 *
 * @example
 * z.strictObject({ description: PLAIN_TEXT }).parse({ description: 'FRA1 lost' });
 */
export const PLAIN_TEXT = checkedText(unseenProblem);

function plainNameProblem(text: string): string | undefined {
  const unseen = unseenProblem(text);
  if (unseen !== undefined) return unseen;
  if (text.trim() === '') return 'must not be blank';
  if (text.trim() !== text) {
    return (
      "must not start or end with a space: links.csv's fields are read " +
      'without them, and messages are filtered by owner exactly'
    );
  }
  return undefined;
}

/**
 * Parses a JSON input file (the configuration, a scenario) with
 * `parseJsonText` and checks it against `schema`; a value the schema
 * refuses stops with the file, the line of its key, the key path and
 * the value.
 *
 * @param text - the file's content
 * @param file - the file's name, for messages
 * @param schema - the file's schema
 * @param error - makes the error of this kind of file
 * @returns the parsed value
 * @throws the error naming file, line, field and value
 * @example
 * parseJsonFile('{"horizonDays": -5}', 'c.json', CONFIG_SCHEMA, configError);
 * // throws: c.json, line 1: field 'horizonDays' must be at least 30 (got -5)
 */
export function parseJsonFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  error: InputErrorOf,
): z.output<S> {
  const json = parseJsonText(text, file, error);
  const kind = notAnObject(json);
  if (kind !== undefined) {
    // zod's words: "field '(root)' Invalid input: expected object, …".
    const line = text.slice(0, text.search(/\S|$/)).split('\n').length;
    throw error(file, `must hold one JSON object, {…}, not ${kind}`, { line });
  }
  const result = schema.safeParse(json, {
    reportInput: true,
    error: plainIssue,
  });
  if (result.success) return result.data;
  const { problem, linePath, location } = schemaProblem(result.error, schema);
  const line = lineOfPath(text, linePath);
  throw error(file, problem, {
    ...(line === undefined ? {} : { line }),
    ...location,
  });
}

/** What a value that is not a JSON object is (`an array`), or undefined. */
function notAnObject(json: unknown): string | undefined {
  if (Array.isArray(json)) return 'an array';
  if (json === null) return 'null';
  return typeof json === 'object' ? undefined : `a ${typeof json}`;
}
