import type { Evaluation } from '#lib/domain/evaluation';
import type { GroupState, NotificationState } from './notification-state.ts';

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
 * The state with each alerted group renamed in links.csv under its new
 * key (docs/architecture.md "Bundles renamed in links.csv"): an entry the
 * run did not judge whose links (`links`, recorded when told) that are
 * still judged are all in one group, that has no entry of its own, is
 * that group's (its ISP, region and owner now the group's), so
 * that it is neither "not judged" under its old key nor alerted as new
 * under its new one (an ISP or a site renamed renames its default group
 * key, `isp/site/link_type`). A group split, merged into an alerted one,
 * or whose links are gone is not followed, nor an entry told before its
 * links were recorded. Each judged entry's `links` are then today's.
 *
 * @param state - the notification state
 * @param evaluations - the run's evaluations, every level
 * @returns the state, its renamed entries under their new keys
 * @example
 * followRenames(state, evaluations).groups['Acme Networks/LHR1/pni'];
 */
export function followRenames(
  state: NotificationState,
  evaluations: readonly Evaluation[],
): NotificationState {
  const groups = new Map(
    evaluations.filter((e) => e.level === 'group').map((e) => [e.key, e]),
  );
  const members = memberLinks(evaluations);
  const groupOf = new Map(
    [...members].flatMap(([group, ids]) => ids.map((id) => [id, group])),
  );
  const renamed: Record<string, GroupState> = {};
  for (const [key, entry] of Object.entries(state.groups)) {
    const links = members.get(key);
    if (groups.has(key)) {
      renamed[key] = links === undefined ? entry : { ...entry, links };
      continue;
    }
    const to = renamedTo(entry, groupOf);
    const e = to === undefined ? undefined : groups.get(to);
    if (e === undefined || e.key in state.groups || e.key in renamed) {
      renamed[key] = entry;
      continue;
    }
    const { isp, region, owner } = e;
    const now = members.get(e.key) ?? [];
    renamed[e.key] = { ...entry, isp, region, owner, links: now };
  }
  return { ...state, groups: renamed };
}

/** The one group the entry's recorded links still judged are all in. */
function renamedTo(
  entry: GroupState,
  groupOf: ReadonlyMap<string, string>,
): string | undefined {
  const ids = entry.links ?? [];
  const now = new Set(ids.flatMap((id) => groupOf.get(id) ?? []));
  const [only] = now;
  return now.size === 1 ? only : undefined;
}
