import type { Message } from '#lib/domain/message';
import type { NotificationUnit } from './notification-plan.ts';
import type { NotificationState } from './notification-state.ts';
import { isEarlierRun, matterOf, sentKey } from './sent-key.ts';

/**
 * The state as messages are accepted: each is recorded in `sent`, and a
 * unit's groups and digest date advance once its every message is (units
 * already fully sent at the start advance at once). Units never share a
 * group key or a digest owner, so the order they complete in does not
 * matter. `uncertain` holds the messages that may have gone out
 * unrecorded (`publishSaving`); an accepted message settles the earlier
 * runs' uncertain ones on its matter (`matterOf`), since its recipient
 * now has this run's word on it.
 *
 * @example
 * const progress = new StateProgress(state, units, '2026-11-26');
 * progress.sending(message, new Date());
 * await save(progress.state());
 * progress.accept(message);
 */
export class StateProgress {
  private readonly sent: Record<string, string>;
  private readonly groups: NotificationState['groups'];
  private readonly digests: Record<string, string>;
  /** Keys that may have gone out unrecorded → the attempt's instant. */
  private readonly uncertain: Record<string, string>;
  /** Per unit, how many of its messages' keys are not accepted yet. */
  private readonly missing: number[] = [];
  /** Per unit, its leading messages' keys (`NotificationUnit.leading`). */
  private readonly leads: ReadonlySet<string>[] = [];
  /** Per unit, how many of those are not accepted yet. */
  private readonly leadMissing: number[] = [];
  /** Message key → the units waiting for it. */
  private readonly waiting = new Map<string, number[]>();
  /** Matter → earlier runs' uncertain keys this run's acceptance settles. */
  private readonly settles = new Map<string, string[]>();

  constructor(
    private readonly base: NotificationState,
    private readonly units: readonly NotificationUnit[],
    private readonly asOf: string,
  ) {
    this.sent = { ...base.sent };
    this.groups = { ...base.groups };
    this.digests = { ...base.digests };
    this.uncertain = { ...base.uncertain };
    units.forEach((unit, u) => {
      const keys = new Set(unit.messages.map(sentKey));
      const open = [...keys].filter((key) => this.sent[key] === undefined);
      for (const key of open) {
        this.waiting.set(key, [...(this.waiting.get(key) ?? []), u]);
      }
      this.missing[u] = open.length;
      this.leads[u] = new Set(
        unit.messages.slice(0, unit.leading ?? 0).map(sentKey),
      );
      this.leadMissing[u] = [...this.leads[u]].filter(
        (key) => this.sent[key] === undefined,
      ).length;
      if (open.length === 0) this.complete(unit);
      else if (this.leadMissing[u] === 0) this.handOver(unit);
    });
    const ours = new Set(units.flatMap((unit) => unit.messages.map(sentKey)));
    for (const key of Object.keys(this.uncertain)) {
      if (ours.has(key) || !isEarlierRun(key, asOf)) continue;
      const matter = matterOf(key);
      this.settles.set(matter, [...(this.settles.get(matter) ?? []), key]);
    }
  }

  /** Records an accepted message; completes the units it was the last of. */
  accept(message: Message): void {
    const key = sentKey(message);
    this.sent[key] = this.asOf;
    delete this.uncertain[key];
    for (const earlier of this.settles.get(matterOf(key)) ?? []) {
      delete this.uncertain[earlier];
    }
    for (const u of this.waiting.get(key) ?? []) {
      const unit = this.units[u]!;
      this.missing[u]! -= 1;
      if (this.leads[u]!.has(key)) this.leadMissing[u]! -= 1;
      if (this.missing[u] === 0) this.complete(unit);
      else if (this.leadMissing[u] === 0) this.handOver(unit);
    }
    this.waiting.delete(key);
  }

  /** Records the message about to be sent, from `now`, as uncertain. */
  sending(message: Message, now: Date): void {
    this.uncertain[sentKey(message)] ??= now.toISOString();
  }

  /**
   * Records a refused message: no longer uncertain when this attempt
   * surely did not go out and no earlier one may have.
   */
  refused(message: Message, mayHaveArrived: boolean, before?: string): void {
    if (!mayHaveArrived && before === undefined) {
      delete this.uncertain[sentKey(message)];
    }
  }

  /** The state so far (shares its records: save it before the next accept). */
  state(): NotificationState {
    const { groups, digests, sent } = this;
    const uncertain = { ...this.uncertain };
    return { ...this.base, groups, digests, sent, uncertain };
  }

  /**
   * A unit whose alert went out, its handovers not yet: the groups whose
   * owner changed keep the former owner, who has not been told, and
   * record the new one, who has (`handedTo`), so that a "resolved" before
   * the handover goes out reaches both.
   */
  private handOver(unit: NotificationUnit): void {
    if ((unit.leading ?? 0) === 0) return;
    for (const [key, entry] of Object.entries(unit.groups)) {
      const told = this.groups[key];
      if (entry === null || told === undefined) continue;
      if (entry.owner === told.owner) continue;
      this.groups[key] = { ...told, handedTo: entry.owner };
    }
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
