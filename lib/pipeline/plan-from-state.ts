import type { Deps } from './deps.ts';
import { loadRunChanges } from './load-run-changes.ts';
import { type HeldSeverities, upgradeState } from './notification-held.ts';
import { type PlanInput, planNotifications } from './notification-plan.ts';
import { followRenames } from './notification-renames.ts';
import {
  loadNotificationState,
  type NotificationState,
  type VersionedState,
} from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';

/** A run's plan and the state it was made from. */
export interface StatePlan {
  /** The state as read, with the version the first save replaces. */
  readonly loaded: VersionedState;
  /** The state as planned from: upgraded, renames followed. */
  readonly state: NotificationState;
  /** Each group's severity as the run's changes list holds it, if read. */
  readonly held: HeldSeverities | undefined;
  readonly units: NotificationUnit[];
}

/**
 * Reads `state/notifications.json` and the run's `changes.json`, upgrades
 * the state to the severities the changes list held (`upgradeState`),
 * follows groups renamed in links.csv (`followRenames`), and plans the
 * run's units from it (`planNotifications`, with the changes' alert lines
 * and held severities: docs/architecture.md "Emails follow the held
 * severity").
 *
 * @param deps - the report store, the logger and the configuration
 * @param input - the as-of date, the evaluations and what-if fields
 * @returns the state read, the state planned from, the held severities
 *   and the units
 * @example
 * const { units } = await planFromState(deps, { asOf, evaluations });
 */
export async function planFromState(
  deps: Pick<Deps, 'reports' | 'log' | 'config'>,
  input: Omit<PlanInput, 'state' | 'config' | 'changes' | 'held' | 'renamed'>,
): Promise<StatePlan> {
  const { asOf } = input;
  const loaded = await loadNotificationState(deps.reports, asOf, deps.log);
  const changes = await loadRunChanges(deps.reports, asOf, deps.log);
  const { state, renamed } = followRenames(
    upgradeState(loaded.state, changes),
    input.evaluations,
  );
  const held = changes?.held;
  const units = planNotifications({
    ...input,
    state,
    config: deps.config,
    changes: changes?.alert,
    held,
    renamed,
  });
  return { loaded, state, held, units };
}
