import { z } from 'zod';
import {
  UNSEEN_CHARACTER,
  unseenCharacterName,
} from './inventory/unseen-characters.ts';

/**
 * A region as the configuration's `owners.regions` names it: a key that
 * a links.csv `region` can match. links.csv's fields are read trimmed and
 * never empty, so a key `"EMEA "` (the run blamed links.csv's `EMEA`,
 * asking it to be written as the configuration does, which no links.csv
 * can) or `""` matched no region, and its owner got no alert.
 *
 * @example
 * z.record(REGION_KEY, z.string()).parse({ EMEA: 'emea-peering' });
 */
export const REGION_KEY = z.string().superRefine((text, context) => {
  const problem = regionKeyProblem(text);
  if (problem !== undefined)
    context.addIssue({ code: 'custom', message: problem });
});

function regionKeyProblem(text: string): string | undefined {
  const unseen = UNSEEN_CHARACTER.exec(text)?.[0];
  if (unseen !== undefined)
    return `must not contain ${unseenCharacterName(unseen)}`;
  if (text.trim() === '') {
    return "must not be blank: links.csv's region is never empty, so no group would have this owner";
  }
  if (text.trim() !== text) {
    return (
      "must not start or end with a space: links.csv's fields are read " +
      'without them, so no region would match it'
    );
  }
  return undefined;
}
