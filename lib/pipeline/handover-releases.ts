import type { GroupState } from './notification-state.ts';

/**
 * The former owners whose handover of a group was accepted this run
 * (`HandoverRelease`): they no longer hold its open alert, so its entry
 * drops them from `formerOwners`, whichever of the alert's entry and
 * the handover is accepted first (`StateProgress`).
 *
 * @example
 * const releases = new HandoverReleases();
 * releases.release('emea-peering', 'Acme/FRA2/ix');
 * releases.without('Acme/FRA2/ix', entry).formerOwners; // undefined
 */
export class HandoverReleases {
  /** Group key → the former owners whose handover of it was accepted. */
  private readonly released = new Map<string, Set<string>>();

  /** A former owner's handover of `key` accepted. */
  release(owner: string, key: string): void {
    const told = this.released.get(key) ?? new Set<string>();
    this.released.set(key, told.add(owner));
  }

  /** The entry without the former owners told of its handover. */
  without(key: string, entry: GroupState): GroupState {
    const told = this.released.get(key);
    if (entry.formerOwners === undefined || told === undefined) return entry;
    const { formerOwners, ...rest } = entry;
    const left = formerOwners.filter((f) => !told.has(f.owner));
    return left.length === 0 ? rest : { ...rest, formerOwners: left };
  }
}
