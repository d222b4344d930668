import type { Logger } from '#lib/ports/logger';
import { sharedRecord } from './lock-readers.ts';
import type { LockPlace } from './run-lock.ts';
import { LEAVE, swapLock } from './swap-lock.ts';
import { waitingMarks } from './waiting-marks.ts';

/**
 * Takes a writer's `waiting` mark out of the lock its readers hold, when
 * the writer gives up (its wait ran out, or it stopped and nothing will
 * try it again): new readers are let in at once, not when the mark
 * expires, up to 5 minutes later (`READERS_HELD_OFF_MS`). Only its own
 * mark, by a compare-and-swap: the marks of other writers still waiting
 * keep new readers out, the readers' leases stay as they are, and the
 * lock goes if none is left. Best effort: a failure is logged, and
 * the mark then expires on its own (docs/architecture.md "Rolling up",
 * the lake's lock).
 *
 * @param place - the lock's store and key
 * @param owner - the writer, as its mark names it
 * @param log - where a failure is told
 * @returns once done, or given up
 * @example
 * await clearWaitingMark(place, request().owner, log);
 */
export async function clearWaitingMark(
  place: LockPlace,
  owner: string,
  log: Logger,
): Promise<void> {
  await swapLock(place, (holder) => {
    const marks = holder ? waitingMarks(holder) : [];
    const others = marks.filter((mark) => mark.owner !== owner);
    if (others.length === marks.length) return LEAVE;
    return sharedRecord(holder?.readers ?? [], others);
  }).catch((error: unknown) => {
    log.warn(`could not take this run's mark out of ${place.guards}'s lock`, {
      key: place.key,
      error: String(error),
    });
  });
}
