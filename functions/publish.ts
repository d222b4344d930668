import { z } from 'zod';
import { RunDateLockError } from '#lib/errors';
import { INPUT_DAY } from '#lib/json-schema';
import { publishExclusive } from '#lib/pipeline/publish-exclusive';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/**
 * From the state machine, after every shard succeeded: the run, and the
 * as-of date's lock the execution must still hold.
 */
const PublishEvent = z.strictObject({
  runId: z.string().min(1),
  lock: z
    .strictObject({ asOf: INPUT_DAY, execution: z.string().min(1) })
    .optional(),
});

/**
 * Checks that the execution still holds the as-of date's lock, taking it
 * again if it is gone (`claimRunDate`): an execution aborted or timed out
 * after its rollup keeps its lock only until the lifecycle rule expires
 * it, and a redrive after that, or after another execution took the date,
 * must not publish the date a second time (docs/architecture.md "How a
 * run flows"). Then merges the shards' results, publishes the report set,
 * switches latest and notifies, holding the report store's run lock
 * (another date's execution may be publishing); returns the counts only
 * (the rest is in the report).
 */
export const handler = lambdaStage(
  PublishEvent,
  async (deps, input, remainingMs) => {
    if (input.lock !== undefined) {
      const { asOf, execution } = input.lock;
      const claim = await claimRunDate(deps.reports, asOf, execution);
      if (!claim.held) {
        throw new RunDateLockError(
          `this execution no longer holds its date: ${claim.skipped}`,
        );
      }
    }
    const summary = await publishExclusive(deps, input, remainingMs());
    const { runId, asOf, folder, severities, notifications, seconds } = summary;
    const { sent, failed, skipped } = notifications;
    return { runId, asOf, folder, severities, sent, failed, skipped, seconds };
  },
);
