import type { Evaluation } from '#lib/domain/evaluation';

/**
 * The member links of each group the run judged, by group key, from its
 * link evaluations (a retired or silent link has none, and is not named).
 *
 * @param evaluations - the run's evaluations, every level
 * @returns link ids per group key, in evaluation order
 * @example
 * memberLinks(evaluations).get('Acme/LHR1/pni'); // ['a1', 'a2']
 */
export function memberLinks(
  evaluations: readonly Evaluation[],
): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const e of evaluations) {
    if (e.level !== 'link' || e.group === undefined) continue;
    const links = members.get(e.group);
    if (links === undefined) members.set(e.group, [e.key]);
    else links.push(e.key);
  }
  return members;
}

/**
 * The groups renamed in links.csv since a previous run (docs/architecture.md
 * "Bundles renamed in links.csv"), as new key → old key: a group of the
 * previous run that this run does not judge, whose links recorded then
 * (those still judged) are all in one group now, which the previous run
 * did not have and no other old group claims. An ISP or a site renamed
 * renames its default group key (`isp/site/link_type`). A group split,
 * merged into one that was there, or recorded without its links is not
 * followed.
 *
 * @param previous - the previous run's groups by key, with their links
 * @param members - this run's groups' links (`memberLinks`)
 * @returns new key → old key
 * @example
 * renamedGroups(new Map([['Acme/LHR1/pni', { links: ['a1'] }]]),
 *   new Map([['Acme Networks/LHR1/pni', ['a1']]]));
 * // Map { 'Acme Networks/LHR1/pni' => 'Acme/LHR1/pni' }
 */
export function renamedGroups(
  previous: ReadonlyMap<string, { readonly links?: readonly string[] }>,
  members: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const groupOf = groupsOfLinks(members);
  const renamed = new Map<string, string>();
  for (const [key, entry] of previous) {
    if (members.has(key)) continue;
    const now = new Set(
      (entry.links ?? []).flatMap((id) => groupOf.get(id) ?? []),
    );
    const [to] = now;
    if (now.size !== 1 || to === undefined) continue;
    if (previous.has(to) || renamed.has(to)) continue;
    renamed.set(to, key);
  }
  return renamed;
}

/**
 * The groups of a previous run split in links.csv since, as old key →
 * the new groups with the old links each holds: not judged now, their
 * links recorded then (those still judged) in several groups now, none
 * of which is `taken` (a previous group, or a rename's). Only a group
 * with no entry is followed so (an alert in parts' owed group never
 * told, `followRenames`): an entry told cannot be two.
 *
 * @example
 * splitGroups(new Map([['Acme/S1/ix', { links: ['a', 'b'] }]]),
 *   new Map([['Acme/S1-A/ix', ['a']], ['Acme/S1-B/ix', ['b']]]), new Set());
 * // Map { 'Acme/S1/ix' => [{ key: 'Acme/S1-A/ix', links: ['a'] }, …] }
 */
export function splitGroups(
  previous: ReadonlyMap<string, { readonly links?: readonly string[] }>,
  members: ReadonlyMap<string, readonly string[]>,
  taken: ReadonlySet<string>,
): Map<string, { key: string; links: string[] }[]> {
  const groupOf = groupsOfLinks(members);
  const split = new Map<string, { key: string; links: string[] }[]>();
  for (const [key, { links = [] }] of previous) {
    if (members.has(key)) continue;
    const now = new Set(links.flatMap((id) => groupOf.get(id) ?? []));
    if (now.size < 2 || [...now].some((to) => taken.has(to))) continue;
    const held = (to: string) => links.filter((id) => groupOf.get(id) === to);
    split.set(
      key,
      [...now].map((to) => ({ key: to, links: held(to) })),
    );
  }
  return split;
}

/** The group of each link, from the groups' links (`memberLinks`). */
function groupsOfLinks(members: ReadonlyMap<string, readonly string[]>) {
  return new Map(
    [...members].flatMap(([group, ids]) => ids.map((id) => [id, group])),
  );
}
