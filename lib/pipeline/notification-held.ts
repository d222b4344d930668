import type { Evaluation } from '#lib/domain/evaluation';
import { isAtRisk, type Severity, severityRank } from '#lib/domain/vocabulary';
import type { RunChanges } from './load-run-changes.ts';
import type { GroupState, NotificationState } from './notification-state.ts';

/** Each group's held severity in the run, by group key. */
export type HeldSeverities = Readonly<Record<string, Severity>>;

/**
 * The severity notify acts on: the one the run's changes list holds
 * (README "Changes since the previous run": a rise at once, a fall once
 * every run for a week saw it, or at once where an augment clears the
 * bundle by the margin), never below the run's own; the
 * run's own without a changes list (docs/architecture.md "Emails follow
 * the held severity").
 *
 * @param e - a group evaluation
 * @param held - the run's held severities, if known
 * @returns the severity that decides alerts, escalations and resolves
 * @example
 * heldSeverity({ ...e, severity: 'warning' }, { [e.key]: 'critical' });
 * // 'critical': one run lower is not a de-escalation
 */
export function heldSeverity(
  e: Pick<Evaluation, 'key' | 'severity'>,
  held: HeldSeverities | undefined,
): Severity {
  const kept = held?.[e.key];
  return kept !== undefined && severityRank(kept) > severityRank(e.severity)
    ? kept
    : e.severity;
}

/**
 * The severity an alert tells of a group, which the state records as
 * last told: the run's own, which the message reads and its `severity`
 * attribute routes on (a subscription to critical alerts hears it); where
 * that is below the level last told, that level while the changes list
 * holds it (a dip not yet confirmed is no de-escalation), else the held one
 * (docs/architecture.md "Emails follow the held severity").
 *
 * @param previous - what was last told of the group, if anything
 * @param e - its evaluation (warning or critical)
 * @param held - the run's held severities, if known
 * @returns the severity to record
 * @example
 * toldSeverity(undefined, { ...e, severity: 'warning' }, { [e.key]: 'critical' });
 * // 'warning': the alert said warning, so a rise to critical escalates
 */
export function toldSeverity(
  previous: Pick<GroupState, 'severity'> | undefined,
  e: Pick<Evaluation, 'key' | 'severity'>,
  held: HeldSeverities | undefined,
): Severity {
  const own = e.severity;
  if (previous === undefined) return own;
  if (severityRank(own) >= severityRank(previous.severity)) return own;
  const kept = heldSeverity(e, held);
  return severityRank(kept) < severityRank(previous.severity)
    ? kept
    : previous.severity;
}

/**
 * Records, without a message, that alerted groups' held severity went
 * down from critical to warning, so that a later rise back to critical
 * is an escalation, and the day (`loweredOn`), so that the escalation
 * says the fall was not emailed. A fall the changes list does not hold
 * yet is not recorded: the rise back would have emailed again.
 *
 * @param state - the state
 * @param evaluations - the run's evaluations
 * @param held - the run's held severities, if known
 * @param asOf - the run's date
 * @returns the state with lowered severities
 * @example
 * recordDowngrades(state, evaluations, held, asOf).groups['Acme/LHR1/pni'];
 * // { severity: 'warning', loweredOn: asOf, … }
 */
export function recordDowngrades(
  state: NotificationState,
  evaluations: readonly Evaluation[],
  held: HeldSeverities | undefined,
  asOf: string,
): NotificationState {
  const groups = { ...state.groups };
  for (const e of evaluations) {
    const previous = groups[e.key];
    if (e.level !== 'group' || previous === undefined) continue;
    const severity = heldSeverity(e, held);
    const lower = severityRank(severity) < severityRank(previous.severity);
    if (lower && isAtRisk(severity)) {
      groups[e.key] = {
        ...previous,
        severity: severity as GroupState['severity'],
        loweredOn: asOf,
      };
    }
  }
  return { ...state, groups };
}

/**
 * A state written before emails followed the held severity (version 1)
 * recorded each run's own downgrades: an entry at warning for a group
 * the changes list held at critical would read as an escalation now.
 * Such an entry takes the held severity of the run compared with, once,
 * without a message; the state becomes version 2. Without the run's
 * changes the state is left as it is.
 *
 * @param state - the state read
 * @param changes - the run's changes, if readable
 * @returns the state to plan with
 * @example
 * upgradeState(v1, changes).groups['Acme/LHR1/pni'].severity;
 * // 'critical', where v1 recorded a one-run dip to 'warning'
 */
export function upgradeState(
  state: NotificationState,
  changes: RunChanges | undefined,
): NotificationState {
  if (state.version === 2 || changes === undefined) return state;
  const groups = { ...state.groups };
  for (const [key, entry] of Object.entries(groups)) {
    const before = changes.heldBefore[key];
    if (before === 'critical' && entry.severity === 'warning') {
      groups[key] = { ...entry, severity: before };
    }
  }
  return { ...state, version: 2, groups };
}
