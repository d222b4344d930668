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
 * The state advances message by message (`StateProgress`), so a save
 * costs the state's size, not the run's messages times its units
 * (docs/architecture.md "Stages", notify).
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
  const { asOf } = run;
  const progress = new StateProgress(run.base.state, run.units, asOf);
  let { version } = run.base;
  const save = async () => {
    version = await saveNotificationState(
      deps.reports,
      { state: progress.state(), version },
      asOf,
    );
  };
  const outcomes: PublishOutcome[] = [];
  let accepted = 0;
  for (const message of run.fresh) {
    const [outcome] = await deps.notifier.publish([message]);
    if (outcome === undefined) continue;
    outcomes.push(outcome);
    if (!outcome.ok) continue;
    progress.accept(message);
    accepted++;
    await save();
  }
  if (accepted === 0) await save();
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

/**
 * The state as messages are accepted: each is recorded in `sent`, and a
 * unit's groups and digest date advance once its every message is (units
 * already fully sent at the start advance at once). Units never share a
 * group key or a digest owner, so the order they complete in does not
 * matter.
 */
class StateProgress {
  private readonly sent: Record<string, string>;
  private readonly groups: NotificationState['groups'];
  private readonly digests: Record<string, string>;
  /** Per unit, how many of its messages' keys are not accepted yet. */
  private readonly missing: number[] = [];
  /** Message key → the units waiting for it. */
  private readonly waiting = new Map<string, number[]>();

  constructor(
    private readonly base: NotificationState,
    private readonly units: readonly NotificationUnit[],
    private readonly asOf: string,
  ) {
    this.sent = { ...base.sent };
    this.groups = { ...base.groups };
    this.digests = { ...base.digests };
    units.forEach((unit, u) => {
      const keys = new Set(unit.messages.map(sentKey));
      const open = [...keys].filter((key) => this.sent[key] === undefined);
      for (const key of open) {
        this.waiting.set(key, [...(this.waiting.get(key) ?? []), u]);
      }
      this.missing[u] = open.length;
      if (open.length === 0) this.complete(unit);
    });
  }

  /** Records an accepted message; completes the units it was the last of. */
  accept(message: Message): void {
    const key = sentKey(message);
    this.sent[key] = this.asOf;
    for (const u of this.waiting.get(key) ?? []) {
      this.missing[u]! -= 1;
      if (this.missing[u] === 0) this.complete(this.units[u]!);
    }
    this.waiting.delete(key);
  }

  /** The state so far (shares its records: save it before the next accept). */
  state(): NotificationState {
    const { groups, digests, sent } = this;
    return { ...this.base, groups, digests, sent };
  }

  private complete(unit: NotificationUnit): void {
    for (const [key, entry] of Object.entries(unit.groups)) {
      if (entry === null) delete this.groups[key];
      else this.groups[key] = entry;
    }
    if (unit.digestOwner !== undefined) {
      this.digests[unit.digestOwner] = this.asOf;
    }
  }
}
