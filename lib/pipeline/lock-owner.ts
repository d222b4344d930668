import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { LockRecord } from './lock-record.ts';

/** The tokens of the locks this process holds now. */
const heldHere = new Set<string>();

/**
 * Who takes a lock: this host, this process id and a token of its own,
 * e.g. `ip-10-0-1-7 pid 8 lock 1a2b3c4d`, the name a refused run reads.
 */
export class LockOwner {
  readonly #token = randomUUID().slice(0, 8);
  readonly name = `${hostname()} pid ${process.pid} lock ${this.#token}`;

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
 * A holder on this machine whose process no longer exists, or that was
 * this very process id but holds nothing here: on Lambda a function
 * stopped at its timeout is restarted in the same execution environment,
 * with the same host name and often the same pid, and its retry would
 * otherwise wait for the dead invocation's lock to expire (30 minutes:
 * longer than the retries last).
 *
 * @param record - the lock as read
 * @returns true when the holder is known to be gone
 * @example
 * acquireRunLock(place, { owner, now, ttlMs, holderGone: isDeadLocalProcess });
 */
export function isDeadLocalProcess(record: LockRecord): boolean {
  const match = /^(.*) pid (\d+)(?: lock (\S+))?$/.exec(record.owner);
  if (!match || match[1] !== hostname()) return false;
  if (Number(match[2]) === process.pid) {
    return match[3] !== undefined && !heldHere.has(match[3]);
  }
  try {
    process.kill(Number(match[2]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
