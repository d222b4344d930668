import type { LikelyMember } from '#lib/domain/likely-member';

// The clause after an unknown link id that reads like a bundle's
// members' ids (`likelyMembers`, docs/architecture.md "Links not yet in
// links.csv"): " (reads like Acme/MAD1/pni's links: add it to …)".
function readsLikeClause(group: string): string {
  return ` (reads like ${group}'s links: add it to links.csv if it is one)`;
}

/**
 * Each unknown id as the overview lists it, with `readsLikeClause` after
 * those that read like a bundle's.
 *
 * @param ids - the links not in the inventory
 * @param likely - those of them that read like a bundle's, with it
 * @param show - how an id is written (the console quotes odd ones)
 * @returns the ids, some with their clause (text, not escaped)
 * @example
 * readsLike(['x9', 'a-pni-3'], [{ linkId: 'a-pni-3', group: 'A/LHR1/pni',
 *   isp: 'A', prefix: 'a-pni-' }]);
 * // ['x9', "a-pni-3 (reads like A/LHR1/pni's links: …)"]
 */
export function readsLike(
  ids: readonly string[],
  likely: readonly LikelyMember[],
  show: (id: string) => string = (id) => id,
): string[] {
  const groups = new Map(likely.map((l) => [l.linkId, l.group]));
  return ids.map((id) => {
    const group = groups.get(id);
    return group === undefined
      ? show(id)
      : `${show(id)}${readsLikeClause(group)}`;
  });
}
