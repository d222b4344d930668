import type { NotificationState } from './notification-state.ts';

/** The state's digests in parts (`digestsInPart`), by owner. */
type Marks = NonNullable<NotificationState['digestsInPart']>;

/**
 * The keys of the groups that an owner's digest for `due` told in parts
 * already accepted: the rest of it, sent again, leaves them out
 * (docs/architecture.md "A message in parts"). None for an earlier
 * digest's mark: the digest due now tells every group again.
 *
 * @param state - the notification state
 * @param owner - the digest's owner
 * @param due - the digest day it is for
 * @returns the group keys told
 * @example
 * toldInDigest(state, 'emea-peering', '2026-11-30').has('Acme/FRA2/ix');
 */
export function toldInDigest(
  state: NotificationState,
  owner: string,
  due: string,
): ReadonlySet<string> {
  const mark = state.digestsInPart?.[owner];
  return new Set(mark?.due === due ? mark.told : []);
}

/**
 * The digests in parts as their parts are accepted (`StateProgress`): a
 * part's groups are added to its owner's mark, a mark of an earlier
 * digest replaced, and the whole digest accepted removes the mark.
 *
 * @example
 * const marks = new DigestMarks(state.digestsInPart);
 * marks.tell('emea-peering', '2026-11-30', 'Acme/FRA2/ix');
 * marks.record(); // { 'emea-peering': { due: '2026-11-30', told: [...] } }
 */
export class DigestMarks {
  private readonly marks: Marks;

  constructor(base: Marks | undefined) {
    // Copied, told lists too: `tell` adds to them in place.
    this.marks = Object.fromEntries(
      Object.entries(base ?? {}).map(([owner, { due, told }]) => [
        owner,
        { due, told: [...told] },
      ]),
    );
  }

  /** A part telling of the group `key` accepted. */
  tell(owner: string, due: string, key: string): void {
    const mark = this.marks[owner];
    if (mark?.due === due) mark.told.push(key);
    else this.marks[owner] = { due, told: [key] };
  }

  /** The owner's whole digest accepted. */
  done(owner: string): void {
    delete this.marks[owner];
  }

  /** The marks, for the state; undefined when there is none. */
  record(): Marks | undefined {
    return Object.keys(this.marks).length > 0 ? this.marks : undefined;
  }
}
