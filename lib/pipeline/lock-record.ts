import { z } from 'zod';
import { parseJsonAs } from './parse-json-as.ts';

const HOLDER_SCHEMA = z.object({
  owner: z.string(),
  acquiredAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** The stage holding it, where one is named (the lake's: plan, rollup). */
  stage: z.string().optional(),
});

/**
 * A lock held by readers together (the lake's, by plans) also lists each
 * reader's lease, and each writer waiting for them to go, its own mark
 * (`waiters`), `waiting` the mark ending last (what a version without
 * `waiters` reads); its own fields then name the reader (or the waiting
 * writer) whose lease ends last, so that a version that knows no readers
 * reads it as a lock held until then (docs/architecture.md "Rolling up",
 * the lake's lock).
 */
const LOCK_SCHEMA = HOLDER_SCHEMA.extend({
  readers: z.array(HOLDER_SCHEMA).optional(),
  waiting: HOLDER_SCHEMA.optional(),
  waiters: z.array(HOLDER_SCHEMA).optional(),
});

/** What the lock object says: who holds it and until when. */
export type LockRecord = z.output<typeof LOCK_SCHEMA>;

/** One holder: a writer, a reader's lease, the writer waiting. */
export type LockHolder = z.output<typeof HOLDER_SCHEMA>;

/** Who asks for the lock, when, for how long. */
export interface LockRequest {
  readonly owner: string;
  readonly now: Date;
  readonly ttlMs: number;
  /** The stage taking it (`LockPlace.stage`), written in the record. */
  readonly stage?: string;
  /** True when the holder is known to be gone (a dead local process). */
  readonly holderGone?: (record: LockHolder) => boolean;
}

/**
 * The record a request writes: its owner, from now until now plus the
 * time-to-live.
 *
 * @param request - owner, time and time-to-live
 * @returns the record
 * @example
 * buildLockRecord({ owner: 'run-1', now, ttlMs: 1_800_000 }).expiresAt;
 */
export function buildLockRecord({
  owner,
  now,
  ttlMs,
  stage,
}: LockRequest): LockRecord {
  return {
    owner,
    acquiredAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    ...(stage === undefined ? {} : { stage }),
  };
}

/**
 * A lock object's record, or undefined when it is unreadable (then it is
 * taken over like an expired one).
 *
 * @param bytes - the lock object
 * @returns the record, if it is one
 * @example
 * parseLockRecord(await store.get('state/run.lock'));
 */
export function parseLockRecord(bytes: Uint8Array): LockRecord | undefined {
  return parseJsonAs(LOCK_SCHEMA, bytes);
}

/**
 * Whether a held lock may be taken over: past its expiry, or its holder
 * is known to be gone.
 *
 * @param holder - the lock's record
 * @param request - the time, and how to tell a gone holder
 * @returns true when it may be taken over
 * @example
 * isLockExpired(holder, { owner, now, ttlMs: 1_800_000 });
 */
export function isLockExpired(
  holder: LockHolder,
  request: Pick<LockRequest, 'now' | 'holderGone'>,
): boolean {
  return (
    Date.parse(holder.expiresAt) <= request.now.getTime() ||
    (request.holderGone?.(holder) ?? false)
  );
}
