import { checkedText, unseenProblem } from './checked-text.ts';

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
export const REGION_KEY = checkedText(regionKeyProblem);

function regionKeyProblem(text: string): string | undefined {
  const unseen = unseenProblem(text);
  if (unseen !== undefined) return unseen;
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
