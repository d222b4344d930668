import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  isGoneHere,
  parseProcessName,
  THIS_PROCESS,
} from '#lib/process-identity';
import type { LockHolder } from './lock-record.ts';

/** The tokens of the locks this process holds now. */
const heldHere = new Set<string>();

/**
 * Who takes a lock: this host, this process id, when it started (on
 * Linux) and a token of its own, e.g.
 * `ip-10-0-1-7 pid 8 started 1b4e…/5123 lock 1a2b3c4d`, the name a refused
 * run reads.
 */
export class LockOwner {
  readonly #token = randomUUID().slice(0, 8);
  readonly name = `${THIS_PROCESS} lock ${this.#token}`;

  /** Records that this process holds its lock now. */
  took(): void {
    heldHere.add(this.#token);
  }

  /** Records that this process let its lock go. */
  released(): void {
    heldHere.delete(this.#token);
  }
}

/**
 * A holder on this machine whose process no longer exists (its id is
 * free, or taken by a process started at another time: ids are reused),
 * or that is this very process but holds nothing here (an earlier run of
 * this process that failed before releasing). Only runs without an end
 * of their own judge so: a Lambda judges by expiry alone (`holdLock`).
 *
 * @param record - the lock as read
 * @returns true when the holder is known to be gone
 * @example
 * acquireRunLock(place, { owner, now, ttlMs, holderGone: isDeadLocalProcess });
 */
export function isDeadLocalProcess(record: LockHolder): boolean {
  const match = /^(.*?)(?: lock (\S+))?$/.exec(record.owner)!;
  const holder = parseProcessName(match[1]!);
  if (holder === undefined || holder.host !== hostname()) return false;
  // This very process (or this pid, named before starts were recorded).
  if (
    holder.pid === process.pid &&
    (holder.start === undefined || match[1] === THIS_PROCESS)
  ) {
    return match[2] !== undefined && !heldHere.has(match[2]);
  }
  return isGoneHere(holder);
}
