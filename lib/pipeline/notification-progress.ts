import type { Message } from '#lib/domain/message';
import { AlertMarks } from './alert-in-part.ts';
import { DigestMarks } from './digest-in-part.ts';
import { HandoverReleases } from './handover-releases.ts';
import { KeyCountdown } from './key-countdown.ts';
import type { NotificationState } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';
import { sentKey } from './sent-key.ts';
import { UncertainSends } from './uncertain-sends.ts';

/**
 * The state as messages are accepted: each is recorded in `sent`; a
 * unit's groups take their new entries once its leading messages are
 * (`NotificationUnit.leading`: an alert's, before its handovers; all of
 * them otherwise), a part's own groups once the parts naming them are
 * (`partGroups`: an alert's marked `inPart`, the groups of its parts
 * not accepted yet kept in `alertsInPart`; a digest's in its owner's
 * `digestsInPart`), and its digest date advances once all are; a former
 * owner leaves the `formerOwners` of a group once the parts of its
 * handover naming it are accepted (`HandoverRelease`), in either order.
 * Units already sent at the start advance at once. Units never share a
 * group key or a digest owner, so the order they complete in does not
 * matter. `uncertain` holds the messages that may have gone out
 * unrecorded (`UncertainSends`).
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
  private readonly digestMarks: DigestMarks;
  private readonly alertMarks: AlertMarks;
  private readonly uncertain: UncertainSends;
  private readonly countdown: KeyCountdown;
  private readonly releases = new HandoverReleases();

  constructor(
    private readonly base: NotificationState,
    units: readonly NotificationUnit[],
    private readonly asOf: string,
  ) {
    this.sent = { ...base.sent };
    this.groups = { ...base.groups };
    this.digests = { ...base.digests };
    this.digestMarks = new DigestMarks(base.digestsInPart);
    const ours = new Set(units.flatMap((unit) => unit.messages.map(sentKey)));
    this.uncertain = new UncertainSends(base.uncertain, ours, asOf, base.sent);
    this.countdown = new KeyCountdown((key) => this.sent[key] !== undefined);
    this.alertMarks = new AlertMarks(base.alertsInPart, this.countdown);
    for (const unit of units) this.follow(unit);
  }

  /** Records an accepted message; advances the units it completes. */
  accept(message: Message): void {
    const key = sentKey(message);
    this.sent[key] = this.asOf;
    this.uncertain.accepted(key);
    this.countdown.accept(key);
  }

  /** Records the message about to be sent, from `now`, as uncertain. */
  sending(message: Message, now: Date): void {
    this.uncertain.sending(sentKey(message), now);
  }

  /**
   * Records a refused message: no longer uncertain when this attempt
   * surely did not go out and no earlier one may have.
   */
  refused(message: Message, mayHaveArrived: boolean, before?: string): void {
    this.uncertain.refused(sentKey(message), mayHaveArrived, before);
  }

  /** The state so far (shares its records: save it before the next accept). */
  state(): NotificationState {
    const { groups, digests, sent } = this;
    const uncertain = this.uncertain.record();
    const digestsInPart = this.digestMarks.record();
    const alertsInPart = this.alertMarks.record();
    const inPart = { digestsInPart, alertsInPart };
    return { ...this.base, groups, digests, ...inPart, sent, uncertain };
  }

  /** Registers what a unit's messages, accepted, do to the state. */
  private follow(unit: NotificationUnit): void {
    const keys = unit.messages.map(sentKey);
    const leading = unit.leading ?? keys.length;
    // In parts: a group's entry as soon as the parts naming it are accepted
    const parts = unit.partGroups ?? [];
    if (parts.length > 1) {
      this.countdown.onEach(keys, parts, (key) => this.tellPart(unit, key));
    }
    this.countdown.on(keys.slice(0, leading), () => this.take(unit));
    if (unit.kind === 'alert')
      this.alertMarks.follow(unit, keys.slice(0, leading));
    for (const { owner, messages, partGroups } of unit.releases ?? []) {
      const release = (key: string) => this.release(owner, key);
      this.countdown.onEach(messages.map(sentKey), partGroups, release);
    }
    if (unit.digest === undefined) return;
    const { owner } = unit.digest;
    this.countdown.on(keys, () => {
      this.digests[owner] = this.asOf;
      this.digestMarks.done(owner);
    });
  }

  /** A part naming the group `key` accepted: its entry, or its digest's mark. */
  private tellPart(unit: NotificationUnit, key: string): void {
    this.take(unit, [key], true);
    const { digest } = unit;
    if (digest !== undefined)
      this.digestMarks.tell(digest.owner, digest.due, key);
  }

  /** Its leading messages accepted: the unit's groups take their entries (a part's groups, marked `inPart`). */
  private take(
    unit: NotificationUnit,
    keys: readonly string[] = Object.keys(unit.groups),
    inPart = false,
  ): void {
    for (const key of keys) {
      const entry = unit.groups[key];
      if (entry === undefined) continue;
      if (entry === null) delete this.groups[key];
      else {
        const told = inPart ? { ...entry, inPart: this.asOf } : entry;
        this.groups[key] = this.releases.without(key, told);
      }
    }
  }

  /** A former owner's handover of `key` accepted: it no longer holds its alert. */
  private release(owner: string, key: string): void {
    this.releases.release(owner, key);
    const entry = this.groups[key];
    if (entry !== undefined)
      this.groups[key] = this.releases.without(key, entry);
  }
}
