import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { type HeldSeverities, heldSeverity } from './notification-held.ts';
import type { PlanBase } from './notification-state.ts';
import { byUnit } from './notification-units.ts';
import { atRisk } from './notify-reason.ts';

/**
 * The "resolved" units: the groups alerted before (in the state) whose
 * severity, as the changes list holds it (`heldSeverity`), is below
 * warning now, one message per ISP (or owner). It goes to the owner the
 * state recorded as told, not to the one links.csv names now: a group
 * handed over as it clears is resolved to its former owner, who had its
 * alert and may have an order under way, naming the new one
 * (docs/architecture.md "A bundle handed over"); and to the new owner
 * too where its alert went out and the handover did not (`handedTo`):
 * both hold the open alert. Once its
 * messages are accepted their state entries go, so it is said once
 * (docs/architecture.md "Stages", notify).
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
    return [{ isp: group.isp, owner: told.owner, also: told.handedTo, group }];
  });
  return byUnit(cleared, config).map(([unit, mine]) => ({
    kind: 'resolved' as const,
    unit,
    messages: renderResolvedMessage({
      asOf,
      unit,
      groups: mine.map((c) => c.group),
      toldOwners: Object.fromEntries(mine.map((c) => [c.group.key, c.owner])),
      alsoTold: Object.fromEntries(
        mine.flatMap((c) => (c.also ? [[c.group.key, c.also]] : [])),
      ),
      config,
      quality: input.quality,
    }),
    groups: Object.fromEntries(mine.map((c) => [c.group.key, null])),
  }));
}
