import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import type { AlertChanges } from '#lib/report/email-extras';
import { renderIspMessage } from '#lib/report/render-email';
import { memberLinks } from '#lib/rules/renamed-groups';
import { planDigests } from './notification-digest.ts';
import { toldEntry } from './notification-entry.ts';
import { planHandovers, planOwedHandovers } from './notification-handover.ts';
import type { HeldSeverities } from './notification-held.ts';
import { planResolved } from './notification-resolved.ts';
import type { PlanBase } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';
import { byUnit } from './notification-units.ts';
import { planUnjudged } from './notification-unjudged.ts';
import { atRisk, notifyReason } from './notify-reason.ts';

/** What one planning step decided. */
export interface PlanInput extends PlanBase {
  readonly evaluations: readonly Evaluation[];
  /** A what-if run's description: alert every unit at risk, nothing else. */
  readonly scenario?: string;
  /** A what-if's report folder, which its messages link to. */
  readonly folder?: string;
  /** What changed per group since the previous run, for the alert lines. */
  readonly changes?: AlertChanges | undefined;
  /**
   * The run's data-quality report: why an alerted group was not judged,
   * and an alerted group's links gone quiet.
   */
  readonly quality?: DataQualityReport | undefined;
  /**
   * Each group's severity as the run's changes list holds it: alerts,
   * escalations and resolves follow it (`heldSeverity`); the run's own
   * without.
   */
  readonly held?: HeldSeverities | undefined;
  /** Groups renamed in links.csv since told, new key → old (`followRenames`). */
  readonly renamed?: ReadonlyMap<string, string>;
}

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
  const alerted = new Set(alerts.flatMap((u) => Object.keys(u.groups)));
  return [
    ...alerts,
    ...planOwedHandovers(input, groups, alerted),
    ...planResolved(input, groups),
    ...planUnjudged(input, groups),
    ...planDigests(input, groups),
  ];
}

function planAlerts(input: PlanInput, groups: readonly Evaluation[]) {
  const { asOf, config } = input;
  // Recorded for a rename in links.csv (`followRenames`).
  const members = memberLinks(input.evaluations);
  return byUnit(groups.filter(atRisk), config).flatMap(([unit, mine]) => {
    const reasons = reasonsOf(input, mine);
    if (Object.keys(reasons).length === 0) return [];
    const messages = renderIspMessage({
      asOf,
      unit,
      groups: mine,
      reasons,
      config,
      quality: input.quality,
      ...(input.changes ? { changes: input.changes } : {}),
    });
    const updates = Object.fromEntries(
      mine.map((g) => [g.key, toldEntry(input, g, members.get(g.key))]),
    );
    // The former owners' word rides with the alert, and goes once the
    // alert is accepted (`leading`), which the state then records, with
    // the former owners holding it until their handover is accepted.
    const handovers = planHandovers(input, unit, mine);
    return [
      {
        kind: 'alert' as const,
        unit,
        messages: [...messages, ...handovers.messages],
        groups: updates,
        leading: messages.length,
        releases: handovers.releases,
      },
    ];
  });
}

/** Why each group of a unit is notified now, by key (`notifyReason`). */
function reasonsOf(input: PlanInput, mine: readonly Evaluation[]) {
  const { state, asOf, config } = input;
  const reasons: Record<string, string> = {};
  for (const g of mine) {
    const reopened = input.changes?.reopened?.includes(g.key) === true;
    const why = notifyReason(state.groups[g.key], g, asOf, config, {
      reopened,
    });
    if (why !== undefined) reasons[g.key] = why;
  }
  return reasons;
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
