import type { z } from 'zod';
import { looseName, quoted } from './input-message.ts';
import {
  UNSEEN_CHARACTER,
  unseenCharacterName,
} from './inventory/unseen-characters.ts';
import { keysInstead } from './keys-instead.ts';
import { likelyName } from './likely-name.ts';

/** What of a zod 4 schema's definition this walk reads. */
interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
}

/**
 * A key's problem in words that name the key meant: a key not there "is
 * missing", naming one written otherwise (`asof` for `asOf`); an unknown
 * key written otherwise than one the schema takes, or misspelt near one
 * (`nearKeyHint`).
 * Undefined for another problem, which zod's own words say.
 *
 * @param issues - zod's issues
 * @param issue - the first of them, the one reported
 * @param schema - the file's schema, when known
 * @returns the problem, or undefined
 * @example
 * keyProblem(error.issues, error.issues[0]!, CONFIG_SCHEMA);
 * // 'is unknown (the key is \'ix\': keys match exactly)'
 */
export function keyProblem(
  issues: readonly z.core.$ZodIssue[],
  issue: z.core.$ZodIssue,
  schema?: z.ZodType,
): string | undefined {
  if (issue.code === 'unrecognized_keys' && schema !== undefined) {
    const hint = nearKeyHint(schema, issue.path, issue.keys[0]!);
    return hint === '' ? undefined : `${issue.message}${hint}`;
  }
  return missingProblem(issues, issue);
}

/**
 * "is missing" for a key not there, with one written otherwise if any,
 * else the keys beside it that the object does not take: `form` typed
 * for `from` said "field 'events.0.from' is missing", naming no typo.
 */
function missingProblem(
  issues: readonly z.core.$ZodIssue[],
  issue: z.core.$ZodIssue,
): string | undefined {
  const key = issue.path.at(-1);
  if (key === undefined || issue.code !== 'invalid_type') return;
  if (issue.input !== undefined) return;
  return missingWords(String(key), keysInstead(issues, issue));
}

/**
 * "is missing" for `key`, naming the keys written beside it that its
 * object does not take: the one differing only in case or punctuation
 * ("'Kind' is there: keys match exactly"), else all of them ("'form' is
 * there instead, a key it does not take").
 *
 * @param key - the key missing
 * @param unknown - the keys beside it its object does not take
 * @returns the problem, to follow "field 'x' "
 * @example
 * missingWords('from', ['form']);
 * // "is missing ('form' is there instead, a key it does not take)"
 */
export function missingWords(key: string, unknown: readonly string[]) {
  const near = unknown.find((other) => looseName(other) === looseName(key));
  if (near !== undefined)
    return `is missing ('${quoted(near)}' is there: keys match exactly${unseenNote(near)})`;
  if (unknown.length === 0) return 'is missing';
  const there = unknown.map((other) => `'${quoted(other)}'`).join(', ');
  const [be, taken] = unknown.length === 1 ? ['is', 'a key'] : ['are', 'keys'];
  return `is missing (${there} ${be} there instead, ${taken} it does not take)`;
}

/**
 * The words to add to an unknown key's problem (`plainIssue`) when the object at `path`
 * takes a key that differs from the one written only in case, spaces or
 * punctuation (`looseName`): `horizondays`, `lead_time_days`, `IX`, typed
 * for `horizonDays`, `leadTimeDays`, `ix`; else, a key misspelt near one
 * it takes ({@link likelyName}). zod names the unknown key
 * alone, and a typo of one optional key otherwise said nothing of the
 * key meant (a required key's "is missing" names one written otherwise).
 *
 * @param schema - the file's schema
 * @param path - the key path of the object holding the unknown key
 * @param key - the unknown key as written
 * @returns ` (the key is 'horizonDays': keys match exactly)`,
 *   ` (did you mean 'renotifyDays'?)`, or ''
 * @example
 * nearKeyHint(CONFIG_SCHEMA, [], 'horizon_days');
 * // " (the key is 'horizonDays': keys match exactly)"
 */
function nearKeyHint(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  key: string,
): string {
  const known = keysAt(schema, path);
  const meant = known.find((k) => looseName(k) === looseName(key));
  if (meant !== undefined)
    return ` (the key is '${meant}': keys match exactly${unseenNote(key)})`;
  const likely = likelyName(known, key);
  return likely === undefined ? '' : ` (did you mean '${likely}'?)`;
}

/** The keys of the object schema at `path`, none where it is no object. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let shape = shapeOf(schema);
  for (const key of path) {
    const next = shape?.[String(key)];
    shape = next === undefined ? undefined : shapeOf(next);
  }
  return Object.keys(shape ?? {});
}

/** An object schema's shape, through defaults, optionals and pipes. */
function shapeOf(
  schema: z.ZodType,
): Readonly<Record<string, z.ZodType>> | undefined {
  const def = schema._zod.def as SchemaDef;
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? def.in;
  return inner === undefined ? undefined : shapeOf(inner);
}

/**
 * What sets a key apart that looks like the one meant: a character one
 * would not see (`horizonDays` with a zero-width space was "not the key
 * 'horizonDays'"), or a space at an end or both; else ''.
 */
function unseenNote(key: string): string {
  const unseen = UNSEEN_CHARACTER.exec(key)?.[0];
  if (unseen !== undefined) return `; it holds ${unseenCharacterName(unseen)}`;
  const starts = key.trimStart() !== key;
  const ends = key.trimEnd() !== key;
  if (starts && ends) return '; it starts and ends with a space';
  if (starts) return '; it starts with a space';
  return ends ? '; it ends in a space' : '';
}
