import type { Message, PublishOutcome } from '#lib/domain/message';
import type { Deps } from './deps.ts';
import type { NotificationUnit } from './notification-plan.ts';
import { StateProgress, sentKey } from './notification-progress.ts';
import {
  saveNotificationState,
  type VersionedState,
} from './notification-state.ts';

/**
 * Publishes the messages one at a time and saves the state after each
 * (once at the start too, and once when there is none, to record
 * downgrades), so that a run killed midway re-sends nothing accepted.
 * Each save also names the message about to go out (`sending`): a kill
 * between the notifier accepting it and the next save is the one moment
 * a message's fate is unknown, and the next run sends that message
 * marked as a possible repeat (`Message.mayRepeat`) rather than as new.
 * The state advances message by message (`StateProgress`), so a save
 * costs the state's size, not the run's messages times its units
 * (docs/architecture.md "Stages", notify).
 *
 * @param deps - the notifier, the report store and the clock
 * @param run - the state read (with its version), the planned units, the
 *   messages not sent yet and the as-of date
 * @returns one outcome per message
 * @throws StoreConflictError when another run changed the state meanwhile
 * @example
 * const outcomes = await publishSaving(deps, { base, units, fresh, asOf });
 */
export async function publishSaving(
  deps: Pick<Deps, 'notifier' | 'reports' | 'clock'>,
  run: {
    readonly base: VersionedState;
    readonly units: readonly NotificationUnit[];
    readonly fresh: readonly Message[];
    readonly asOf: string;
  },
): Promise<PublishOutcome[]> {
  const { asOf, fresh } = run;
  const progress = new StateProgress(run.base.state, run.units, asOf);
  let { version } = run.base;
  const saveSending = async (next: Message | undefined) => {
    progress.sendingNext(next, deps.clock.now());
    version = await saveNotificationState(
      deps.reports,
      { state: progress.state(), version },
      asOf,
    );
  };
  const interrupted = run.base.state.sending;
  const outcomes: PublishOutcome[] = [];
  await saveSending(fresh[0]);
  for (const [i, message] of fresh.entries()) {
    const repeat = interrupted?.key === sentKey(message);
    const outgoing = repeat
      ? { ...message, mayRepeat: interrupted.since }
      : message;
    const [outcome] = await deps.notifier.publish([outgoing]);
    if (outcome !== undefined) outcomes.push(outcome);
    if (outcome?.ok) progress.accept(message);
    await saveSending(fresh[i + 1]);
  }
  return outcomes;
}
