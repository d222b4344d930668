import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import { renderResolvedParts } from '#lib/report/email-resolved';
import { type HeldSeverities, heldSeverity } from './notification-held.ts';
import { alertHolders } from './notification-owner.ts';
import type { PlanBase } from './notification-state.ts';
import { byUnit } from './notification-units.ts';
import { atRisk } from './notify-reason.ts';

/**
 * The "resolved" units: the groups alerted before (in the state) whose
 * severity, as the changes list holds it (`heldSeverity`), is below
 * warning now, one message per ISP (or owner). It goes to the owners
 * holding the open alert (`alertHolders`), not to the one links.csv
 * names now: the owner whose alert was last accepted and the former
 * owners not yet told of its handover (`formerOwners`), whatever chain
 * of owners it went through, the unit with `notify.by: owner` the
 * earliest of them; a group handed over as it clears is resolved to its
 * former owner, who had its alert and may have an order under way,
 * naming the new one (docs/architecture.md "A bundle handed over"). Once
 * its messages are accepted their state entries go, so it is said once
 * (docs/architecture.md "Stages", notify); of a message in parts, each
 * part's as soon as it is accepted, so that a part refused sends only
 * its own groups again (docs/architecture.md "A message in parts").
 *
 * @param input - the state, date, configuration and held severities
 * @param groups - the run's group evaluations
 * @returns the units, by ISP or owner
 * @example
 * planResolved({ state, asOf, config }, groups)[0]?.kind;
 * // 'resolved'
 */
export function planResolved(
  input: PlanBase & {
    readonly held?: HeldSeverities | undefined;
    /** The run's data-quality report: its days with no traffic. */
    readonly quality?: TrafficDays | undefined;
  },
  groups: readonly Evaluation[],
) {
  const { state, asOf, config } = input;
  const cleared = groups.flatMap((group) => {
    const told = state.groups[group.key];
    if (told === undefined) return [];
    if (atRisk({ severity: heldSeverity(group, input.held) })) return [];
    const holders = alertHolders(told);
    return [{ isp: group.isp, owner: holders[0]!, holders, group }];
  });
  return byUnit(cleared, config).map(([unit, mine]) => {
    const { messages, groups: partGroups } = renderResolvedParts({
      asOf,
      unit,
      groups: mine.map((c) => c.group),
      holders: Object.fromEntries(mine.map((c) => [c.group.key, c.holders])),
      config,
      quality: input.quality,
    });
    const groups = Object.fromEntries(mine.map((c) => [c.group.key, null]));
    return { kind: 'resolved' as const, unit, messages, groups, partGroups };
  });
}
