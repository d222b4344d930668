import type { Message, PublishOutcome } from '#lib/domain/message';
import type { Deps } from './deps.ts';
import { StateProgress } from './notification-progress.ts';
import type { VersionedState } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';
import { savingInTurn } from './save-notification-state.ts';
import { isEarlierRun, matterOf, sentKey } from './sent-key.ts';

/**
 * Publishes the messages one at a time and saves the state after each
 * (once before the first too, and once when there is none, to record
 * downgrades), so that a run killed midway re-sends nothing accepted.
 * Each save also records the message about to go out as `uncertain`
 * until the notifier accepts it (or refuses it in a way that says it did
 * not go out): a kill between the notifier accepting a message and the
 * next save, or a send that failed unknowably (a timeout, a 5xx), leaves
 * it there, and a later run sends it marked as a possible repeat
 * (`Message.mayRepeat`) rather than as new. A message on the same matter
 * with other content (the next day's, or a rerun's that changed) is
 * marked too (`Message.mayFollow`): its recipient may have the earlier
 * one.
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
  const save = savingInTurn(deps.reports, run.base.version, asOf);
  // What earlier runs may have sent unrecorded: marked if sent or followed.
  const earlier = run.base.state.uncertain ?? {};
  const follows = latestByMatter(earlier, asOf);
  const outcomes: PublishOutcome[] = [];
  const sendingNext = (next: Message | undefined) => {
    if (next !== undefined) progress.sending(next, deps.clock.now());
  };
  sendingNext(fresh[0]);
  await save(progress.state());
  const held = heldBackUntilAccepted(run.base.state.sent, run.units);
  for (const [i, message] of fresh.entries()) {
    const before = earlier[sentKey(message)];
    const outgoing = marked(message, before, follows);
    const [outcome] = held.waits(message)
      ? [heldBack(message)]
      : await deps.notifier.publish([outgoing]);
    if (outcome !== undefined) outcomes.push(outcome);
    if (outcome?.ok) {
      held.accept(message);
      progress.accept(message);
    } else progress.refused(message, outcome?.mayHaveArrived !== false, before);
    sendingNext(fresh[i + 1]);
    await save(progress.state());
  }
  return outcomes;
}

/**
 * Which messages wait for their unit's leading ones
 * (`NotificationUnit.leading`: an alert before its handovers), and are
 * held back while one of those is not accepted, this run or before: a
 * handover says the new owner is alerted, and one sent beside a refused
 * alert went again with it on the next run.
 */
function heldBackUntilAccepted(
  sent: Readonly<Record<string, string>>,
  units: readonly NotificationUnit[],
) {
  const accepted = new Set(Object.keys(sent));
  const leaders = new Map<string, string[]>();
  for (const { messages, leading = 0 } of units) {
    const first = messages.slice(0, leading).map(sentKey);
    for (const m of messages.slice(leading)) leaders.set(sentKey(m), first);
  }
  return {
    waits: (m: Message) =>
      (leaders.get(sentKey(m)) ?? []).some((key) => !accepted.has(key)),
    accept: (m: Message) => accepted.add(sentKey(m)),
  };
}

/**
 * The outcome of a message not sent because a leading message of its
 * unit was refused: it goes with it on the next run.
 */
const heldBack = (message: Message): PublishOutcome => ({
  id: message.id,
  ok: false,
  error: 'held back: the alert it follows was not accepted',
  mayHaveArrived: false,
});

/**
 * Per matter (`matterOf`), the latest instant an uncertain key of a run
 * on or before `asOf` (`isEarlierRun`) was sent at.
 */
function latestByMatter(uncertain: Record<string, string>, asOf: string) {
  const latest = new Map<string, string>();
  for (const [key, at] of Object.entries(uncertain)) {
    if (!isEarlierRun(key, asOf)) continue;
    const matter = matterOf(key);
    if (at > (latest.get(matter) ?? '')) latest.set(matter, at);
  }
  return latest;
}

/**
 * The message as it goes out: a possible repeat of itself (`mayRepeat`:
 * `before`, its own earlier attempt), or else of an earlier message on its
 * matter (`mayFollow`), or neither.
 */
function marked(
  message: Message,
  before: string | undefined,
  follows: ReadonlyMap<string, string>,
): Message {
  if (before !== undefined) return { ...message, mayRepeat: before };
  const follow = follows.get(matterOf(sentKey(message)));
  return follow === undefined ? message : { ...message, mayFollow: follow };
}
