import { RunLockedError } from '#lib/errors';
import { lastLease } from './lock-readers.ts';
import type { LockHolder, LockRecord } from './lock-record.ts';

/** What a refusal names of a lock: its key and what it guards. */
export interface LockName {
  readonly key: string;
  /** E.g. "the report store", as in "another run holds the report store's lock". */
  readonly guards: string;
}

/**
 * The refusal of a lock another run holds (or, `waits`, a writer waiting
 * for its readers holds off new ones), naming the holder, its stage
 * (`holderStage`, by which a rollup tells a reader's hold from
 * another rollup's) and until when.
 *
 * @param place - the lock's key and what it guards
 * @param holder - the holder met
 * @param options - a prefix (`this run lost its lock: `), and whether
 *   the holder waits rather than holds
 * @returns the error to throw
 * @example
 * throw lockedBy(place, holder);
 */
export function lockedBy(
  place: LockName,
  holder: LockHolder,
  options: { readonly prefix?: string; readonly waits?: boolean } = {},
): RunLockedError {
  const does = options.waits
    ? `waits for ${place.guards}'s lock (${place.key}), holding off new readers`
    : `holds ${place.guards}'s lock (${place.key})`;
  return new RunLockedError(
    `${options.prefix ?? ''}${whose(holder)} ${does}: ` +
      `${holder.owner}, since ${holder.acquiredAt}, until ${holder.expiresAt}; ` +
      'wait for it to finish, or delete the lock file if that run is gone',
    { holderStage: holder.stage },
  );
}

/**
 * The refusal of a lock that changed under every compare-and-swap this
 * run tried on it, without ever being held by a live writer when read:
 * readers coming and going (a plan's lease added or taken out between
 * this run's read and its write). It names the last holder seen, whose
 * stage a rollup is told by (`holderStage`): a plan's, and the rollup is
 * tried again as when it meets a plan, rather than failing its run
 * (docs/architecture.md "Rolling up", the lake's lock).
 *
 * @param place - the lock's key and what it guards
 * @param times - the swaps lost
 * @param last - the holder last seen (`heldBy`), if any
 * @returns the error to throw
 * @example
 * throw changedHands(place, 3, heldBy(record));
 */
export function changedHands(
  place: LockName,
  times: number,
  last?: LockHolder,
): RunLockedError {
  const who = last?.stage ? `${last.stage}s` : 'runs';
  const named = last
    ? `; the last ${whose(last)}: ${last.owner}, until ${last.expiresAt}`
    : '';
  return new RunLockedError(
    `${place.guards}'s lock changed hands ${times} times as this run took ` +
      `it (${who} coming and going${named}): try again`,
    { holderStage: last?.stage },
  );
}

/**
 * Whom a lock as read is held by, for a refusal: a writer's record
 * itself; for readers, the lease ending last, none when no reader is in
 * it (a writer's `waiting` mark holds nothing).
 *
 * @param record - the lock as read, if readable
 * @returns the holder, if any
 * @example
 * changedHands(place, 3, heldBy(record));
 */
export function heldBy(record: LockRecord | undefined): LockHolder | undefined {
  if (!record?.readers) return record;
  return record.readers.length > 0 ? lastLease(record.readers) : undefined;
}

/** "another run's plan", or "another run" for a holder naming no stage. */
function whose(holder: LockHolder): string {
  return holder.stage ? `another run's ${holder.stage}` : 'another run';
}
