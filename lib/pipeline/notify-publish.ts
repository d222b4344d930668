import type { Message, PublishOutcome } from '#lib/domain/message';
import { shortHash } from '#lib/domain/slug';
import type { Deps } from './deps.ts';
import type { NotificationUnit } from './notification-plan.ts';
import {
  type NotificationState,
  saveNotificationState,
  type VersionedState,
} from './notification-state.ts';

/**
 * Publishes the messages one at a time and saves the state after each one
 * the notifier accepted (and once at the end when none was, to record
 * downgrades), so that a run killed midway re-sends nothing accepted.
 *
 * @param deps - the notifier and the report store
 * @param run - the state read (with its version), the planned units, the
 *   messages not sent yet and the as-of date
 * @returns one outcome per message
 * @throws StoreConflictError when another run changed the state meanwhile
 * @example
 * const outcomes = await publishSaving(deps, { base, units, fresh, asOf });
 */
export async function publishSaving(
  deps: Pick<Deps, 'notifier' | 'reports'>,
  run: {
    readonly base: VersionedState;
    readonly units: readonly NotificationUnit[];
    readonly fresh: readonly Message[];
    readonly asOf: string;
  },
): Promise<PublishOutcome[]> {
  const { units, asOf } = run;
  let { version } = run.base;
  const save = async (accepted: readonly string[]) => {
    const state = advance(run.base.state, units, accepted, asOf);
    version = await saveNotificationState(
      deps.reports,
      { state, version },
      asOf,
    );
  };
  const outcomes: PublishOutcome[] = [];
  const accepted: string[] = [];
  for (const message of run.fresh) {
    const [outcome] = await deps.notifier.publish([message]);
    if (outcome === undefined) continue;
    outcomes.push(outcome);
    if (!outcome.ok) continue;
    accepted.push(sentKey(message));
    await save(accepted);
  }
  if (accepted.length === 0) await save(accepted);
  return outcomes;
}

/**
 * A sent message is recorded by id and content, so that a replay of the
 * same day skips what was accepted, while a same-day rerun whose content
 * changed (an escalation) still goes out.
 *
 * @param message - a planned message
 * @returns its key in the state's `sent` record
 * @example
 * state.sent[sentKey(message)]; // the as-of date it was accepted on
 */
export function sentKey(message: Message): string {
  return `${message.id}#${shortHash(`${message.subject}\n${message.body}`)}`;
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
