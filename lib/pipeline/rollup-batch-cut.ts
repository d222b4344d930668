import { QueryTimeoutError, RollupBatchCutError } from '#lib/query-error';
import { halveLimits } from './rollup-batch-limits.ts';
import { ROLLUP_STATE } from './rollup-state.ts';
import type { Marks } from './write-rollup-batch.ts';

/**
 * A batch's failure as the rollup reports it: a query cut for time
 * becomes a `RollupBatchCutError` saying what the next run does (half
 * the batch) or, for a batch of one day, what can be done; any other
 * error is returned unchanged.
 *
 * @param error - what writing the batch threw
 * @param batch - the batch's days
 * @param marks - each day's traffic files as listed (their bytes)
 * @returns the error to throw
 * @example
 * throw cutBatch(error, ['2026-11-25'], marks);
 */
export function cutBatch(
  error: unknown,
  batch: readonly string[],
  marks: Marks,
): unknown {
  if (!(error instanceof QueryTimeoutError)) return error;
  const bytes = bytesOf(batch, marks);
  const next = halveLimits({ days: batch.length, bytes });
  const day = batch[0]!;
  const what =
    batch.length > 1
      ? `a batch of ${batch.length} days (${bytes} bytes of raw traffic) ` +
        'ran out of time: the next rollup halves it, to at most ' +
        `${next.days} days and ${next.bytes} bytes a batch ` +
        `(batchLimits in ${ROLLUP_STATE}), and again down to one day if it must`
      : `the rollup of ${day} alone (${bytes} bytes of raw traffic in ` +
        `traffic/dt=${day}/) ran out of time, and a day is the smallest ` +
        'batch: a Lambda runs 15 minutes at most, so this day cannot be ' +
        'rolled up on AWS as it is. Scan less on that day (its raw ' +
        'traffic is too large for one query: look for duplicated or ' +
        'oversized files there); if Athena was only queued or slow, the ' +
        'next run tries the day again';
  return new RollupBatchCutError(`${error.message}: ${what}`, next, error);
}

/**
 * A batch's raw traffic bytes, from its days' files as listed.
 *
 * @param batch - the batch's days
 * @param marks - each day's traffic files as listed
 * @returns the bytes
 * @example
 * bytesOf(['2026-11-25'], { tag, read }); // 1200000000
 */
export function bytesOf(batch: readonly string[], marks: Marks): number {
  return batch
    .flatMap((dt) => marks.read?.[dt] ?? [])
    .reduce((n, f) => n + f.bytes, 0);
}
