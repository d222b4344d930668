import type { Evaluation } from '#lib/domain/evaluation';
import type { Message, PublishOutcome } from '#lib/domain/message';
import { shortHash } from '#lib/domain/slug';
import type { Deps } from './deps.ts';
import { loadChangeLines } from './load-change-lines.ts';
import {
  type NotificationUnit,
  planNotifications,
} from './notification-plan.ts';
import {
  loadNotificationState,
  type NotificationState,
  saveNotificationState,
} from './notification-state.ts';
import { recordDowngrades } from './notify-reason.ts';

/** What `notify` did. */
export interface NotifySummary {
  readonly dryRun: boolean;
  /** Messages this run planned (minus those already sent for this as-of). */
  readonly messages: readonly Message[];
  /** Number of messages the notifier accepted. */
  readonly sent: number;
  /** Number it refused: they go out again on the next run. */
  readonly failed: number;
  /** Planned messages already accepted earlier for the same as-of date. */
  readonly skipped: number;
  readonly failures: readonly { readonly id: string; readonly error: string }[];
}

/** What `notify` needs from `Deps`. */
export type NotifyDeps = Pick<
  Deps,
  'notifier' | 'reports' | 'clock' | 'log' | 'config'
>;

/** One notify run: the as-of date and the run's evaluations. */
export interface NotifyInput {
  readonly asOf: string;
  readonly evaluations: readonly Evaluation[];
  /** Return the messages without publishing or touching the state. */
  readonly dryRun?: boolean;
  /** A what-if run's description: every group at risk gets a what-if alert. */
  readonly scenario?: string;
}

/**
 * Sends the run's notifications (DESIGN.md "Stages" 5) at least once and
 * never twice for the same as-of date: the state under
 * `state/notifications.json` advances only for units whose every message
 * the notifier accepted; a failed publish is planned again next run;
 * messages already accepted for this as-of date are not sent again.
 *
 * @param deps - notifier, report store, clock, logger and configuration
 * @param input - the as-of date, evaluations, and dry-run/scenario flags
 * @returns counts and the planned messages
 * @example
 * const summary = await notify(deps, { asOf: '2026-11-26', evaluations });
 */
export async function notify(
  deps: NotifyDeps,
  input: NotifyInput,
): Promise<NotifySummary> {
  const { asOf } = input;
  const state = await loadNotificationState(deps.reports, asOf, deps.log);
  const changes = await loadChangeLines(deps.reports, asOf);
  const { config } = deps;
  const units = planNotifications({ ...input, state, config, changes });
  const planned = units.flatMap((unit) => unit.messages);
  const fresh = planned.filter((m) => state.sent[sentKey(m)] === undefined);
  const skipped = planned.length - fresh.length;
  if (input.dryRun || input.scenario !== undefined) {
    return {
      dryRun: true,
      messages: fresh,
      sent: 0,
      failed: 0,
      skipped,
      failures: [],
    };
  }
  const outcomes = fresh.length === 0 ? [] : await deps.notifier.publish(fresh);
  const next = advance(
    recordDowngrades(state, input.evaluations),
    units,
    acceptedKeys(fresh, outcomes),
    asOf,
  );
  await saveNotificationState(deps.reports, next, asOf);
  const failures = outcomes.flatMap((o) =>
    o.ok ? [] : [{ id: o.id, error: o.error }],
  );
  const sent = outcomes.length - failures.length;
  const summary = { dryRun: false, messages: fresh, sent, skipped, failures };
  const failed = failures.length;
  for (const failure of failures)
    deps.log.warn('notification not accepted', failure);
  deps.log.info('notifications', { asOf, sent, failed, skipped });
  return { ...summary, failed };
}

/**
 * A sent message is recorded by id and content, so that a replay of the
 * same day skips what was accepted, while a same-day rerun whose content
 * changed (an escalation) still goes out.
 */
function sentKey(message: Message): string {
  return `${message.id}#${shortHash(`${message.subject}\n${message.body}`)}`;
}

function acceptedKeys(
  messages: readonly Message[],
  outcomes: readonly PublishOutcome[],
): string[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  return outcomes.flatMap((o) => {
    const message = byId.get(o.id);
    return o.ok && message ? [sentKey(message)] : [];
  });
}

/** The state after the accepted messages: units fully accepted advance. */
function advance(
  state: NotificationState,
  units: readonly NotificationUnit[],
  accepted: readonly string[],
  asOf: string,
): NotificationState {
  const sent = { ...state.sent };
  for (const key of accepted) sent[key] = asOf;
  const groups = { ...state.groups };
  const digests = { ...state.digests };
  for (const unit of units) {
    if (!unit.messages.every((m) => sent[sentKey(m)] !== undefined)) continue;
    for (const [key, entry] of Object.entries(unit.groups)) {
      if (entry === null) delete groups[key];
      else groups[key] = entry;
    }
    if (unit.digestOwner !== undefined) digests[unit.digestOwner] = asOf;
  }
  return { ...state, groups, digests, sent };
}
