import { nearPair } from '#lib/accent-encoding';
import type { LikelyMember, NearLink } from '#lib/domain/likely-member';
import { shownName } from '#lib/input-message';
import { readsLike } from '#lib/report/reads-like';
import { withUnlistedNotes } from '#lib/report/unlisted-text';

/**
 * The first five ids and how many more (data-quality.json has them all),
 * each cut to 200 characters (`quoted`) and, when it holds a character
 * links.csv refuses (`UNSEEN_CHARACTER`: a line break, a zero-width
 * space), written as a JSON string: ids from the traffic are
 * unchecked, and one holding a line break printed a line of its own
 * (`Groups: 0 critical`) into the summary; so is one with spaces around
 * it, which read as the inventory's own id.
 *
 * @param ids - link ids, or series keys
 * @returns the list as the console prints it
 * @example
 * firstIds(['a', 'evil\nGroups: 0']); // 'a, "evil\\nGroups: 0"'
 */
export function firstIds(ids: readonly string[]): string {
  return firstFive(ids, shownName);
}

/**
 * The first five unknown ids as `firstIds` shows them, each that reads
 * like a bundle's members' ids followed by that bundle (`readsLike`).
 *
 * @param ids - the links not in the inventory
 * @param likely - those of them that read like a bundle's, with it
 * @returns the list as the console prints it
 * @example
 * firstUnknownIds(['a-pni-3'], [{ linkId: 'a-pni-3', group: 'A/LHR1/pni',
 *   isp: 'A', prefix: 'a-pni-' }]);
 * // "a-pni-3 (reads like A/LHR1/pni's links: add it to links.csv if it is one)"
 */
export function firstUnknownIds(
  ids: readonly string[],
  likely: readonly LikelyMember[],
): string {
  return firstFive(readsLike(ids, likely, shownName), (shown) => shown);
}

/**
 * The first five series names (`level:key`) as `firstIds` shows them,
 * each bundle's followed by the links not in links.csv whose ids read
 * like its own (`withUnlistedNotes`), those ids shown as `firstIds`
 * shows them: a bundle not forecast is named here alone.
 *
 * @param names - the series not forecast
 * @param likely - the unknown ids that read like a bundle's, with it
 * @returns the list as the console prints it
 * @example
 * firstSeries(['group:A/LHR1/pni'], likely);
 * // 'group:A/LHR1/pni (a-pni-3 sends traffic but is not in links.csv, …)'
 */
export function firstSeries(
  names: readonly string[],
  likely: readonly LikelyMember[],
): string {
  // The notes name the unknown ids too: shown as `firstIds` shows them.
  const shown = likely.map((l) => ({ ...l, linkId: shownName(l.linkId) }));
  return firstFive(withUnlistedNotes(names, shown, shownName), (s) => s);
}

/**
 * The clause on unknown traffic ids that links.csv spells otherwise
 * (`nearLinks` of data-quality.json), each with the inventory's id, or
 * '' when there are none: the two lists apart (links not in the
 * inventory, inventory links with no traffic) did not say that they were
 * one link, whose group's alerts went without its traffic.
 *
 * @param near - the traffic ids and the inventory ids they mean
 * @returns the clause, in parentheses after a space
 * @example
 * formatNearLinks([{ linkId: 'PNI-1', inventory: 'pni-1' }]);
 * // ' (1 differs only in case, …: PNI-1 for pni-1)'
 */
export function formatNearLinks(near: readonly NearLink[]): string {
  if (near.length === 0) return '';
  const pairs = firstFive(near, (n) => nearPair(n, shownName));
  const [it, its, differ] =
    near.length === 1 ? ['it', 'its', 'differs'] : ['them', 'their', 'differ'];
  return (
    ` (${near.length} ${differ} only in case, spaces or punctuation from a ` +
    `links.csv link_id, whose link reads none of ${its} traffic: ids match ` +
    `exactly, so write ${it} as links.csv does: ${pairs})`
  );
}

function firstFive<T>(items: readonly T[], show: (item: T) => string): string {
  const shown = items.slice(0, 5).map(show);
  const more = items.length > 5 ? ` and ${items.length - 5} more` : '';
  return `${shown.join(', ')}${more}`;
}
