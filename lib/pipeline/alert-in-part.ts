import { splitGroups } from '#lib/rules/renamed-groups';
import type { KeyCountdown } from './key-countdown.ts';
import type { NotificationState } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';

/**
 * The groups an alert in parts not all accepted still owes its unit,
 * when the unit's alert now is the rest of that one: some group of its
 * parts not accepted yet (`alertsInPart`) has a reason to be told now.
 * That alert leaves out the groups its accepted parts told (marked
 * `inPart`), but not these. When none has a reason (each cleared, or
 * nothing new since), the alert is a new one and lists every group of
 * the unit at risk, as an alert does. A state from before `alertsInPart`
 * does not say which groups those parts held: none are known, and the
 * marks leave their groups out as before (docs/architecture.md "A
 * message in parts").
 *
 * @param state - the notification state
 * @param unit - the ISP or owner
 * @param reasons - why each group of the unit is told now, by key
 * @returns the keys owed, when the alert is the rest of an earlier one
 * @example
 * restOwed(state, 'Acme', { 'Acme/FRA9/ix': 'new' });
 * // undefined where FRA9 was in no part of Acme's alert not accepted
 */
export function restOwed(
  state: NotificationState,
  unit: string,
  reasons: Readonly<Record<string, string>>,
): ReadonlySet<string> | undefined {
  const owed = state.alertsInPart?.[unit]?.map(({ key }) => key);
  if (owed === undefined) return new Set();
  const rest = owed.some((key) => reasons[key] !== undefined);
  return rest ? new Set(owed) : undefined;
}

/** A group owed by an alert in parts, with its links (`alertsInPart`). */
export type OwedGroup = NonNullable<
  NotificationState['alertsInPart']
>[string][number];

/**
 * The groups owed by alerts in parts that have no entry (never told
 * before), by key, with their links: a rename in links.csv follows them
 * by these as it follows an entry by its `links` (`followRenames`).
 *
 * @example
 * owedUntold(state).get('Acme/S0450/ix'); // { links: ['l450'] }
 */
export function owedUntold(
  state: NotificationState,
): Map<string, { readonly links?: readonly string[] }> {
  const owed = Object.values(state.alertsInPart ?? {}).flat();
  const untold = owed.filter(({ key }) => state.groups[key] === undefined);
  return new Map(untold.map(({ key, links }) => [key, { links }]));
}

/**
 * The state with each group owed by an alert in parts, never told
 * (`owedUntold`), split in links.csv since, owed as its new groups, with
 * their links (`splitGroups`), none of them a group before or a rename's
 * (`renamed`, new key → old): the rest of the alert tells them, where the
 * old key, with no reason of its own, made the unit's next alert a new
 * one, listing the accepted parts' bundles again (docs/architecture.md
 * "A message in parts").
 *
 * @example
 * followSplits(state, members, renamed).alertsInPart?.Acme;
 * // [{ key: 'Acme/S0450-A/ix', links: ['a450'] }, …]
 */
export function followSplits(
  state: NotificationState,
  members: ReadonlyMap<string, readonly string[]>,
  renamed: ReadonlyMap<string, string>,
): NotificationState {
  const untold = owedUntold(state);
  const taken = [...Object.keys(state.groups), ...untold.keys()];
  const split = splitGroups(
    untold,
    members,
    new Set([...taken, ...renamed.keys()]),
  );
  if (split.size === 0 || state.alertsInPart === undefined) return state;
  const owed = Object.entries(state.alertsInPart).map(([unit, groups]) => [
    unit,
    groups.flatMap((g) => split.get(g.key) ?? g),
  ]);
  return { ...state, alertsInPart: Object.fromEntries(owed) };
}

/**
 * The alerts in parts as their parts are accepted (`StateProgress`): a
 * part accepted and another not, the unit owes the groups of those not
 * accepted (`alertsInPart`); the whole alert accepted, or its marks
 * cleared (`clearMarks`, no message), it owes none.
 *
 * @example
 * const marks = new AlertMarks(state.alertsInPart, countdown);
 * marks.follow(unit, unit.messages.map(sentKey));
 * marks.record(); // { Acme: [{ key: 'Acme/S0450/ix', links: ['l450'] }, …] }
 * // once part 1 of 2 is accepted
 */
export class AlertMarks {
  private readonly owed: Record<string, OwedGroup[]>;

  constructor(
    base: NotificationState['alertsInPart'],
    private readonly countdown: KeyCountdown,
  ) {
    this.owed = { ...base };
  }

  /**
   * Follows an alert unit's leading messages (`keys`: its parts, none
   * for a unit only clearing marks), accepted before or as they come.
   */
  follow(unit: NotificationUnit, keys: readonly string[]): void {
    const parts = unit.partGroups ?? [];
    const open = new Map(parts.map((groups, i) => [keys[i]!, groups]));
    for (const key of parts.length > 1 ? keys : []) {
      this.countdown.on([key], () => {
        open.delete(key);
        this.owe(unit, [...open.values()]);
      });
    }
    this.countdown.on(keys, () => delete this.owed[unit.unit]);
  }

  /** The record, for the state; undefined when there is none. */
  record(): NotificationState['alertsInPart'] {
    return Object.keys(this.owed).length > 0 ? this.owed : undefined;
  }

  /**
   * A part accepted: the unit owes the groups of those not, if any, each
   * with its links as its entry would record them (`GroupState.links`).
   */
  private owe(unit: NotificationUnit, open: readonly (readonly string[])[]) {
    if (open.length === 0) return;
    this.owed[unit.unit] = [...new Set(open.flat())].map((key) => {
      const links = unit.groups[key]?.links;
      return links === undefined ? { key } : { key, links };
    });
  }
}
