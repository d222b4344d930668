import type { z } from 'zod';
import { looseName } from './input-message.ts';

/**
 * The keys beside a missing one that its object does not take, the one
 * written otherwise first (`asof` for `asOf`, `event` for `events`): the
 * key the message names, and whose line it gives (a key missing from the
 * file's top object has no line of its own).
 *
 * @param issues - zod's issues
 * @param issue - a key's "is missing"
 * @returns the keys, none for another issue
 * @example
 * keysInstead(error.issues, error.issues[0]!); // ['event']
 */
export function keysInstead(
  issues: readonly z.core.$ZodIssue[],
  issue: z.core.$ZodIssue,
): string[] {
  const key = issue.path.at(-1);
  if (key === undefined || issue.code !== 'invalid_type') return [];
  const parent = issue.path.slice(0, -1).join('.');
  const unknown = issues.flatMap((other) =>
    other.code === 'unrecognized_keys' && other.path.join('.') === parent
      ? other.keys
      : [],
  );
  const loose = looseName(String(key));
  return unknown.sort(
    (a, b) => +(looseName(b) === loose) - +(looseName(a) === loose),
  );
}
