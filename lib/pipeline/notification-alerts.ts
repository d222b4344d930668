import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import type { AlertChanges } from '#lib/report/email-extras';
import { renderIspParts } from '#lib/report/render-email';
import { memberLinks } from '#lib/rules/renamed-groups';
import { restOwed } from './alert-in-part.ts';
import { toldEntry } from './notification-entry.ts';
import { planHandovers } from './notification-handover.ts';
import type { HeldSeverities } from './notification-held.ts';
import { clearMarks, unmarked } from './notification-marks.ts';
import type { PlanBase } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';
import { byUnit } from './notification-units.ts';
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
 * The alerts of a run, one unit per ISP (or owner) with a group to tell
 * of (`notifyReason`), with its at-risk groups and the handovers riding
 * with it (`planHandovers`); a group told in an accepted part of an
 * alert whose other part was refused (`inPart`) is left out of the rest
 * of that alert unless it has a reason of its own (`restOwed`); with no
 * group of the refused part owed any more (cleared, or told since), the
 * unit's next alert is a new one and lists it, and with no alert its
 * mark goes with no message (`clearMarks`; docs/architecture.md "A
 * message in parts").
 *
 * @param input - the state, the run's evaluations and the config
 * @param groups - the run's group evaluations
 * @returns the alert units
 * @example
 * planAlerts(input, groups).map((u) => u.unit); // ['Acme']
 */
export function planAlerts(
  input: PlanInput,
  groups: readonly Evaluation[],
): NotificationUnit[] {
  // Recorded for a rename in links.csv (`followRenames`).
  const members = memberLinks(input.evaluations);
  return byUnit(groups.filter(atRisk), input.config).flatMap(([unit, mine]) => {
    const reasons = reasonsOf(input, mine);
    // Told in an accepted part of an alert (`inPart`), with no reason of
    // its own: left out of the rest of that alert (`restOwed`), its owner
    // having that word already, unless a part not accepted held it too;
    // a new alert lists it.
    const marked = (g: Evaluation) =>
      reasons[g.key] === undefined &&
      input.state.groups[g.key]?.inPart !== undefined;
    if (Object.keys(reasons).length === 0) {
      return clearMarks(input, unit, mine.filter(marked));
    }
    const rest = restOwed(input.state, unit, reasons);
    const told = (g: Evaluation) =>
      rest !== undefined && marked(g) && !rest.has(g.key);
    return [alertUnit(input, { unit, mine, reasons, told }, members)];
  });
}

/** One unit's alert: its groups, why each is told now, and which are told. */
interface UnitAlert {
  readonly unit: string;
  readonly mine: readonly Evaluation[];
  readonly reasons: Readonly<Record<string, string>>;
  /** Told in an accepted part and nothing new since: left out. */
  readonly told: (g: Evaluation) => boolean;
}

/** The alert unit of `planAlerts`, in parts (`renderIspParts`). */
function alertUnit(
  input: PlanInput,
  { unit, mine, reasons, told }: UnitAlert,
  members: ReturnType<typeof memberLinks>,
): NotificationUnit {
  const { messages, groups: partGroups } = renderIspParts({
    asOf: input.asOf,
    unit,
    groups: mine.filter((g) => !told(g)),
    reasons,
    config: input.config,
    quality: input.quality,
    ...(input.changes ? { changes: input.changes } : {}),
  });
  const updates = Object.fromEntries(
    mine.map((g) => [
      g.key,
      told(g) ? unmarked(input, g) : toldEntry(input, g, members.get(g.key)),
    ]),
  );
  // The former owners' word rides with the alert, and goes once the
  // alert is accepted (`leading`), which the state then records, with
  // the former owners holding it until their handover is accepted.
  const handovers = planHandovers(input, unit, mine);
  return {
    kind: 'alert',
    unit,
    messages: [...messages, ...handovers.messages],
    groups: updates,
    leading: messages.length,
    partGroups,
    releases: handovers.releases,
  };
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
