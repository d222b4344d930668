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
 * warning now, one message per ISP (or owner). Once its messages are
 * accepted their state entries go, so it is said once
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
  const cleared = groups.filter(
    (g) =>
      !atRisk({ severity: heldSeverity(g, input.held) }) &&
      state.groups[g.key] !== undefined,
  );
  return byUnit(cleared, config).map(([unit, mine]) => ({
    kind: 'resolved' as const,
    unit,
    messages: renderResolvedMessage({
      asOf,
      unit,
      groups: mine,
      config,
      quality: input.quality,
    }),
    groups: Object.fromEntries(mine.map((g) => [g.key, null])),
  }));
}
