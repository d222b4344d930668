import type { z } from 'zod';
import { readDecimal } from './domain/decimal.ts';
import { looseName } from './input-message.ts';
import { displayedNumberHint } from './inventory/displayed-number.ts';
import { likelyName } from './likely-name.ts';
import { discriminator, missingKey } from './missing-key.ts';

/** What a JSON value of each type zod expects is, to a reader of the file. */
const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in quotes',
  boolean: 'true or false',
  object: 'an object, {…}',
  array: 'a list, […]',
};

/** An unknown key's problem, which `schemaProblem` follows with the others. */
export const UNKNOWN_KEY = 'is unknown';

/** What a value of a size-checked kind counts. */
const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  array: 'items',
};

/**
 * zod's problems in the words of the rest of Headroom's input errors, for
 * a configuration, scenario or event a person wrote: "must be a whole
 * number", "must be at least 30", "must be one of 'isp' or 'owner'",
 * "is unknown", where zod's own read "Invalid input: expected int,
 * received number", "Too small: expected number to be >=30", "Invalid
 * option: expected one of "isp"|"owner"", "Unrecognized key: …". A
 * schema's own message (a threshold's "must be a ratio …") comes first;
 * a problem this does not word is left to zod (undefined).
 *
 * @param issue - zod's issue, before its message
 * @returns the problem, worded to follow "field 'x' ", or undefined
 * @example
 * CONFIG_SCHEMA.safeParse(json, { reportInput: true, error: plainIssue });
 * plainIssue({ code: 'too_small', origin: 'number', minimum: 30,
 *   inclusive: true, input: -5 }); // 'must be at least 30'
 */
export const plainIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeProblem(issue.expected, issue.input);
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue);
    case 'invalid_value':
      return oneOf(issue.values, issue.input);
    case 'invalid_union':
      // A discriminated union's kind not one of its options.
      if (!Array.isArray(issue.options) || issue.options.length === 0) break;
      if (issue.discriminator && discriminator(issue) === undefined) {
        const missing = missingKey(issue.input, String(issue.discriminator));
        return `${missing}: it ${oneOf(issue.options)}`;
      }
      return oneOf(issue.options, discriminator(issue));
    case 'unrecognized_keys':
      // The others are named after the key meant (`schemaProblem`).
      return UNKNOWN_KEY;
    default:
      return undefined;
  }
};

/** A value of another type than the schema's. */
function typeProblem(expected: string, input: unknown): string {
  if (input === undefined) return 'is missing';
  const wanted = `must be ${EXPECTED[expected] ?? expected}`;
  const numeric = expected === 'number' || expected === 'int';
  if (typeof input === 'string' && numeric && isNumberText(input)) {
    return `${wanted}, not text: write ${input.trim()} without quotes`;
  }
  // As links.csv words a number as a spreadsheet shows it: "85%" for a
  // threshold, "100,000" (displayedNumberHint).
  const shown =
    typeof input === 'string' && numeric
      ? displayedNumberHint(input.trim())
      : undefined;
  if (shown !== undefined) return `${wanted}, not text: ${shown}`;
  if (input === null) return `${wanted}, not null`;
  if (Array.isArray(input)) return `${wanted}, not a list`;
  if (typeof input === 'object') return `${wanted}, not an object`;
  return typeof input === 'string' && expected !== 'string'
    ? `${wanted}, not text`
    : wanted;
}

// Plain decimal notation: Number() reads "0x50" as 80, which written
// without quotes is no JSON.
const isNumberText = (text: string) => readDecimal(text.trim()).ok;

/** A number out of range, or a text or list too long or short. */
function sizeProblem(issue: {
  readonly code: 'too_small' | 'too_big';
  readonly origin: string;
  readonly inclusive?: boolean;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}): string | undefined {
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  const unit = UNITS[issue.origin];
  // "must have at least 1 items" said less, and in zod's grammar.
  if (small && unit !== undefined && bound === '1') {
    return issue.origin === 'array'
      ? 'must not be an empty list'
      : 'must not be empty';
  }
  if (unit !== undefined) {
    return `must have ${small ? 'at least' : 'at most'} ${bound} ${unit}`;
  }
  if (issue.origin !== 'number') return undefined;
  if (issue.inclusive)
    return `must be ${small ? 'at least' : 'at most'} ${bound}`;
  return `must be ${small ? 'more' : 'less'} than ${bound}`;
}

/**
 * One of a list of values, naming the one meant when the input differs
 * from it only in case, spaces or punctuation (`ISP` for `isp`,
 * `site_down` for `site-down`: values match exactly), or is misspelt
 * near it (`owners` for `owner`, as `likelyName` names a key meant).
 */
function oneOf(values: readonly unknown[], input?: unknown): string {
  const quoted = values.map((v) => `'${String(v)}'`);
  const choices =
    quoted.length === 1
      ? quoted[0]
      : `one of ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  if (typeof input !== 'string') return `must be ${choices}`;
  const names = values.map(String);
  const same = names.find((v) => looseName(v) === looseName(input));
  if (same !== undefined) {
    return `must be ${choices}: write '${same}' (values match exactly)`;
  }
  const near = likelyName(names, input);
  return near === undefined
    ? `must be ${choices}`
    : `must be ${choices} (did you mean '${near}'?)`;
}
