import { RunLockedError } from '#lib/errors';
import type { LockHolder } from './lock-record.ts';

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
  const whose = holder.stage ? `another run's ${holder.stage}` : 'another run';
  const does = options.waits
    ? `waits for ${place.guards}'s lock (${place.key}), holding off new readers`
    : `holds ${place.guards}'s lock (${place.key})`;
  return new RunLockedError(
    `${options.prefix ?? ''}${whose} ${does}: ` +
      `${holder.owner}, since ${holder.acquiredAt}, until ${holder.expiresAt}; ` +
      'wait for it to finish, or delete the lock file if that run is gone',
    { holderStage: holder.stage },
  );
}
