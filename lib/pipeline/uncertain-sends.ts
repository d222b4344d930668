import { isEarlierRun, matterOf } from './sent-key.ts';

/**
 * The messages that may have gone out unrecorded (the state's
 * `uncertain`, `publishSaving`), by `sentKey`, as a run sends: the one
 * about to go out is recorded with the attempt's instant; an accepted
 * one is removed, and once every one of this run's messages on its
 * matter (`matterOf`: a message's parts) is accepted, settles the
 * earlier runs' uncertain ones on it, since its recipient now has this
 * run's word on all of it; a refused one is removed when that attempt
 * surely did not go out and no earlier one may have. A part refused so
 * thus keeps the earlier uncertainty for its bundles: the next run sends
 * them marked, where part 1's acceptance settled it for every part
 * (docs/architecture.md "A message in parts").
 *
 * @example
 * const sends = new UncertainSends(state.uncertain, ours, '2026-11-26', sent);
 * sends.sending(key, new Date());
 * sends.accepted(key);
 * sends.record(); // {}
 */
export class UncertainSends {
  /** Keys that may have gone out unrecorded → the attempt's instant. */
  private readonly uncertain: Record<string, string>;
  /** Matter → earlier runs' uncertain keys this run's acceptance settles. */
  private readonly settles = new Map<string, string[]>();
  /** Matter → this run's keys on it not accepted yet. */
  private readonly pending = new Map<string, Set<string>>();

  /**
   * @param base - the state's uncertain sends
   * @param ours - the keys of this run's messages
   * @param asOf - this run's date
   * @param sent - the keys accepted before this run (the state's `sent`)
   */
  constructor(
    base: Readonly<Record<string, string>> | undefined,
    ours: ReadonlySet<string>,
    asOf: string,
    sent: Readonly<Record<string, string>> = {},
  ) {
    this.uncertain = { ...base };
    for (const key of Object.keys(this.uncertain)) {
      if (ours.has(key) || !isEarlierRun(key, asOf)) continue;
      const matter = matterOf(key);
      this.settles.set(matter, [...(this.settles.get(matter) ?? []), key]);
    }
    for (const key of ours) {
      if (sent[key] !== undefined) continue;
      const matter = matterOf(key);
      this.pending.set(
        matter,
        (this.pending.get(matter) ?? new Set()).add(key),
      );
    }
  }

  /** The message of `key` accepted. */
  accepted(key: string): void {
    delete this.uncertain[key];
    const matter = matterOf(key);
    const left = this.pending.get(matter);
    left?.delete(key);
    if ((left?.size ?? 0) > 0) return;
    for (const earlier of this.settles.get(matter) ?? []) {
      delete this.uncertain[earlier];
    }
  }

  /** The message of `key` about to be sent, from `now`. */
  sending(key: string, now: Date): void {
    this.uncertain[key] ??= now.toISOString();
  }

  /** The message of `key` refused (`before`: an earlier attempt's instant). */
  refused(key: string, mayHaveArrived: boolean, before?: string): void {
    if (!mayHaveArrived && before === undefined) delete this.uncertain[key];
  }

  /** A copy of the record, for the state. */
  record(): Record<string, string> {
    return { ...this.uncertain };
  }
}
