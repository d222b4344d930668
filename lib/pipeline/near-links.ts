import type { NearLink } from '#lib/domain/likely-member';
import { looseName } from '#lib/input-message';

/**
 * The unknown ids that an inventory id spells otherwise (`looseName`),
 * each with the first such id in text order: ids match exactly, so a
 * collector writing `LHR1-PNI-1` for `lhr1-pni-1` left that link, and its
 * group's alerts, without traffic, the two ids listed apart.
 *
 * @param unknown - the traffic's ids the inventory lacks
 * @param known - the inventory's ids
 * @returns each unknown id an inventory id spells otherwise, with it
 * @example
 * nearLinks(['LHR1-PNI-1'], ['lhr1-pni-1']);
 * // [{ linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' }]
 */
export function nearLinks(
  unknown: readonly string[],
  known: readonly string[],
): NearLink[] {
  const byLoose = new Map<string, string>();
  for (const id of [...known].sort()) {
    if (!byLoose.has(looseName(id))) byLoose.set(looseName(id), id);
  }
  return unknown.flatMap((linkId) => {
    const inventory = byLoose.get(looseName(linkId));
    return inventory === undefined ? [] : [{ linkId, inventory }];
  });
}
