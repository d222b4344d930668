import type { Message } from '#lib/domain/message';
import { shortHash } from '#lib/domain/slug';
import type { NotificationUnit } from './notification-plan.ts';
import type { NotificationState } from './notification-state.ts';

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
 * matter. `sending` names the message about to go out (`publishSaving`).
 *
 * @example
 * const progress = new StateProgress(state, units, '2026-11-26');
 * progress.accept(message);
 * progress.sendingNext(undefined, new Date());
 * await save(progress.state());
 */
export class StateProgress {
  private readonly sent: Record<string, string>;
  private readonly groups: NotificationState['groups'];
  private readonly digests: Record<string, string>;
  private sending: NotificationState['sending'];
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

  /** Names the message about to be sent, from `now` (none: undefined). */
  sendingNext(message: Message | undefined, now: Date): void {
    this.sending =
      message === undefined
        ? undefined
        : { key: sentKey(message), since: now.toISOString() };
  }

  /** The state so far (shares its records: save it before the next accept). */
  state(): NotificationState {
    const { groups, digests, sent, sending } = this;
    return { ...this.base, groups, digests, sent, sending };
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
