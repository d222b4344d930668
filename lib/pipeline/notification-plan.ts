import type { Evaluation } from '#lib/domain/evaluation';
import { renderIspMessage } from '#lib/report/render-email';
import { type PlanInput, planAlerts } from './notification-alerts.ts';
import { planDigests } from './notification-digest.ts';
import { planOwedHandovers } from './notification-handover.ts';
import { planResolved } from './notification-resolved.ts';
import type { NotificationUnit } from './notification-unit.ts';
import { byUnit } from './notification-units.ts';
import { planUnjudged } from './notification-unjudged.ts';
import { atRisk } from './notify-reason.ts';

export type { PlanInput } from './notification-alerts.ts';

/**
 * Decides which messages a run sends (docs/architecture.md "Stages", notify): a group is
 * notified when it first reaches warning or critical, when its severity
 * rises, when its order-by date moves earlier by more than
 * `earlierByDays`, when its owner is not the one last told (and the
 * former owner is told once that it is handed over, `planHandovers`), or
 * `renotifyDays` after the last notice; once
 * "resolved" when it drops below warning, to the owner told
 * (`planResolved`); severities as the changes list
 * holds them (docs/architecture.md "Emails follow the held severity"),
 * so a bundle flickering around a threshold is not re-alerted or
 * resolved on each run; once "not judged" when a
 * run could not judge it (`planUnjudged`); a digest per owner on the
 * digest weekday (or the first run after a missed one).
 *
 * @param input - the state, the run's group evaluations and the config
 * @returns the units to send
 * @example
 * planNotifications({ state, asOf, evaluations, config }).map((u) => u.kind);
 */
export function planNotifications(input: PlanInput): NotificationUnit[] {
  const groups = input.evaluations.filter((e) => e.level === 'group');
  if (input.scenario !== undefined) return planWhatIf(input, groups);
  const alerts = planAlerts(input, groups);
  // Their handovers ride with them; not with a unit only clearing marks.
  const alerting = alerts.filter((u) => u.messages.length > 0);
  const alerted = new Set(alerting.flatMap((u) => Object.keys(u.groups)));
  return [
    ...alerts,
    ...planOwedHandovers(input, groups, alerted),
    ...planResolved(input, groups),
    ...planUnjudged(input, groups),
    ...planDigests(input, groups),
  ];
}

function planWhatIf(input: PlanInput, groups: readonly Evaluation[]) {
  const { asOf, config, scenario } = input;
  return byUnit(groups.filter(atRisk), config).map(([unit, mine]) => ({
    kind: 'alert' as const,
    unit,
    messages: renderIspMessage({
      asOf,
      unit,
      groups: mine,
      config,
      scenario,
      quality: input.quality,
      ...(input.folder ? { folder: input.folder } : {}),
    }),
    groups: {},
  }));
}
