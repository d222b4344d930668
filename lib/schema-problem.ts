import type { z } from 'zod';
import type { InputLocation } from './errors.ts';
import { escapeUnseen } from './escape-unseen.ts';
import { keysInstead } from './keys-instead.ts';
import { UNKNOWN_KEY } from './plain-issue.ts';
import { keyProblem } from './schema-keys.ts';

/**
 * The first problem zod found, as an input error words it: the field's
 * key path (`events.0.from`, `(root)` for the value itself; for an
 * unknown key the key itself, `notify.renotify`, not the object holding
 * it) and, when the value there is a single string, number or boolean,
 * that value (for a union's discriminator, `kind`, the kind given). A
 * key not there "is missing", naming one written otherwise (`asof`, which
 * zod reported after "expected string, received undefined"); given the
 * schema, an unknown key names the key meant when one differs only in
 * case or punctuation (`keyProblem`). The schema must have been run
 * with `{ reportInput: true }`, and, for input a person wrote, `error:
 * plainIssue` for its words.
 *
 * @param error - zod's error
 * @returns the problem, its key path, the path whose line to give and
 *   its location
 * @example
 * const result = SCHEMA.safeParse(json, { reportInput: true, error: plainIssue });
 * if (!result.success) schemaProblem(result.error);
 * // { problem: 'must be at least 30', path: ['horizonDays'],
 * //   location: { field: 'horizonDays', value: -5 } }
 */
export function schemaProblem(
  error: z.ZodError,
  schema?: z.ZodType,
): {
  problem: string;
  path: PropertyKey[];
  linePath: PropertyKey[];
  location: InputLocation;
} {
  const issue = error.issues[0]!;
  const unknownKey =
    issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path =
    unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
  const field = path.map(String).join('.') || '(root)';
  const holder = issue.input as Record<string, unknown> | undefined;
  const key =
    unknownKey ?? (issue.code === 'invalid_union' ? issue.discriminator : '');
  const input = key ? holder?.[key] : issue.input;
  const single = ['string', 'number', 'boolean'].includes(typeof input);
  // A record's key refused (`owners.regions`): zod says only "Invalid
  // key in record", the key schema's own words beneath.
  const keyIssue = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
  const problem =
    keyProblem(error.issues, issue, schema) ??
    keyIssue?.message ??
    issue.message;
  return {
    // zod's words quote an unknown key as written.
    problem: escapeUnseen(`${problem}${otherKeys(issue)}`),
    path,
    linePath: lineOf(error.issues, issue, path),
    location: { field, ...(single ? { value: input } : {}) },
  };
}

/**
 * The unknown keys beside the one reported, after its hint: `field 'a'
 * is unknown (did you mean 'b'?); so is 'c'`.
 */
function otherKeys(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length < 2) return '';
  // zod's own words name them all already ("Unrecognized keys: …").
  if (issue.message !== UNKNOWN_KEY) return '';
  const others = issue.keys.slice(1).map((key) => `'${key}'`);
  return `; so ${others.length === 1 ? 'is' : 'are'} ${others.join(', ')}`;
}

/**
 * The key path whose line the message gives: the field's, or for a key
 * missing where one is written otherwise (`event` for `events`), that
 * key's, which the message names.
 */
function lineOf(
  issues: readonly z.core.$ZodIssue[],
  issue: z.core.$ZodIssue,
  path: PropertyKey[],
): PropertyKey[] {
  if (issue.input !== undefined) return path;
  const [instead] = keysInstead(issues, issue);
  return instead === undefined ? path : [...path.slice(0, -1), instead];
}
