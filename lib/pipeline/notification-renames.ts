import type { Evaluation } from '#lib/domain/evaluation';
import { memberLinks, renamedGroups } from '#lib/rules/renamed-groups';
import { followSplits, type OwedGroup, owedUntold } from './alert-in-part.ts';
import type { GroupState, NotificationState } from './notification-state.ts';

/**
 * The state with each alerted group renamed in links.csv under its new
 * key (docs/architecture.md "Bundles renamed in links.csv"): an entry the
 * run did not judge whose links (`links`, recorded when told) that are
 * still judged are all in one group, that has no entry of its own, is
 * that group's (its ISP and region now the group's), so that it is
 * neither "not judged" under its old key nor alerted as new under its
 * new one (an ISP or a site renamed renames its default group key,
 * `isp/site/link_type`). It keeps the owner told: an owner changed with
 * the rename is alerted to the new one (`ownerChange`), and its former
 * owners still owed a handover keep the old key as the one they were
 * told (`toldKey`), for their handover on a later run. A group split,
 * merged into an alerted one, or whose links are gone is not followed
 * (but one owed never told, `followSplits`), nor an entry told before
 * its links were recorded. Each judged entry's `links` are then today's.
 * A digest in parts notes a renamed group
 * under its new key (`digestsInPart`), so that the rest of it leaves the
 * group out, and an alert in parts owes it under it (`alertsInPart`),
 * so that its next alert is the rest of that one, also a group it owes
 * that has no entry (docs/architecture.md "A message in parts").
 *
 * @param state - the notification state
 * @param evaluations - the run's evaluations, every level
 * @returns the state, its renamed entries under their new keys, and the
 *   renames (new key → old key), so that a message to whoever was told
 *   of the old one names it
 * @example
 * followRenames(state, evaluations).state.groups['Acme Networks/LHR1/pni'];
 */
export function followRenames(
  state: NotificationState,
  evaluations: readonly Evaluation[],
): { state: NotificationState; renamed: ReadonlyMap<string, string> } {
  const groups = new Map(
    evaluations.filter((e) => e.level === 'group').map((e) => [e.key, e]),
  );
  const members = memberLinks(evaluations);
  const previous = new Map(Object.entries(state.groups));
  // A group an alert in parts owes, never told, is followed by the links
  // owed with it (`owedUntold`), its rename named to no one.
  const withOwed = new Map([...previous, ...owedUntold(state)]);
  const all = renamedGroups(withOwed, members);
  const renamed = new Map([...all].filter(([, from]) => previous.has(from)));
  const moved = new Set(renamed.values());
  const out: Record<string, GroupState> = {};
  for (const [key, entry] of previous) {
    if (moved.has(key)) continue;
    const links = groups.has(key) ? members.get(key) : undefined;
    out[key] = links === undefined ? entry : { ...entry, links };
  }
  for (const [to, from] of renamed) {
    const { isp, region } = groups.get(to)!;
    const links = members.get(to) ?? [];
    const entry = withToldKey(state.groups[from]!, from);
    out[to] = { ...entry, isp, region, links };
  }
  const isps = renamedIsps(state, renamed, groups);
  const inPart = renamedInPart(followSplits(state, members, all), all, isps);
  return { state: { ...state, groups: out, ...inPart }, renamed };
}

/**
 * The messages in parts with each renamed group under its new key: a
 * digest's rest leaves it out (`toldInDigest`), where under its old key
 * the bundle went again, by its new name; an alert's owes it
 * (`restOwed`), its reason making the next alert the rest of that one,
 * and under its ISP's new name where the ISP was renamed (`isps`).
 */
function renamedInPart(
  { digestsInPart, alertsInPart }: NotificationState,
  renamed: ReadonlyMap<string, string>,
  isps: ReadonlyMap<string, readonly string[]>,
): Pick<NotificationState, 'digestsInPart' | 'alertsInPart'> {
  if (renamed.size === 0) return { digestsInPart, alertsInPart };
  const to = new Map([...renamed].map(([now, was]) => [was, now]));
  const keys = (of: readonly string[]) => of.map((key) => to.get(key) ?? key);
  const owed = (of: readonly OwedGroup[]) =>
    of.map((group) => ({ ...group, key: to.get(group.key) ?? group.key }));
  const each = <T, U>(marks: Record<string, T> | undefined, f: (v: T) => U) =>
    marks &&
    Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, f(v)]));
  return {
    digestsInPart: each(digestsInPart, ({ due, told }) => ({
      due,
      told: keys(told),
    })),
    alertsInPart: underUnits(each(alertsInPart, owed), isps),
  };
}

/**
 * Each ISP renamed in links.csv, old name → the names its renamed groups
 * have now, the old one among them while the run still judges a group
 * under it. An alert unit named after the ISP (`notify.by: isp`) is
 * renamed with it: under the old name, the record of its alert in parts
 * was no unit's, and the next alert left out the accepted parts' bundles
 * still at risk, as for a state written before `alertsInPart`.
 */
function renamedIsps(
  state: NotificationState,
  renamed: ReadonlyMap<string, string>,
  groups: ReadonlyMap<string, Evaluation>,
): Map<string, string[]> {
  const now = new Map<string, Set<string>>();
  for (const [to, from] of renamed) {
    const was = state.groups[from]!.isp;
    const isp = groups.get(to)!.isp;
    if (isp !== was) now.set(was, (now.get(was) ?? new Set()).add(isp));
  }
  const judged = new Set([...groups.values()].map((g) => g.isp));
  return new Map(
    [...now].map(([was, isps]) => [
      was,
      [...isps, ...(judged.has(was) ? [was] : [])],
    ]),
  );
}

/** The alerts in parts' records under their units' names now (`isps`). */
function underUnits(
  owed: NotificationState['alertsInPart'],
  isps: ReadonlyMap<string, readonly string[]>,
): NotificationState['alertsInPart'] {
  if (owed === undefined || isps.size === 0) return owed;
  const out: Record<string, OwedGroup[]> = {};
  for (const [unit, groups] of Object.entries(owed)) {
    for (const now of isps.get(unit) ?? [unit]) {
      const all = [...(out[now] ?? []), ...groups];
      out[now] = [...new Map(all.map((g) => [g.key, g])).values()];
    }
  }
  return out;
}

/**
 * The entry with its former owners' `toldKey` set to `from` where unset:
 * they were told the group under it, and their handover, should it be
 * refused in this run, goes on a later one with no rename to name it.
 */
function withToldKey(entry: GroupState, from: string): GroupState {
  const { formerOwners } = entry;
  if (formerOwners === undefined) return entry;
  const told = formerOwners.map((f) => ({ toldKey: from, ...f }));
  return { ...entry, formerOwners: told };
}
