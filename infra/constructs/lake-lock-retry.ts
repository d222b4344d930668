import { Duration } from 'aws-cdk-lib';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { RetrySchedule } from '#lib/domain/lake-lock-retry';

/**
 * Adds a Retry on one error, by name, on the schedule given (no jitter:
 * one execution waits): a stage stopped by the lake's lock is tried again
 * once its holder must be done (docs/architecture.md "Rolling up", the
 * lake's lock; "The decision backtest").
 *
 * @param task - the task state
 * @param error - the error's name, e.g. `LAKE_BEING_READ_ERROR`
 * @param schedule - the waits (`LAKE_READ_RETRY`, `PLAN_LAKE_RETRY`)
 * @returns the task, with the Retry
 * @example
 * retryOnLakeLock(rollup, LAKE_BEING_READ_ERROR, LAKE_READ_RETRY);
 */
export function retryOnLakeLock(
  task: sfn.TaskStateBase,
  error: string,
  schedule: RetrySchedule,
): sfn.TaskStateBase {
  return task.addRetry({
    errors: [error],
    interval: Duration.seconds(schedule.intervalSeconds),
    backoffRate: schedule.backoffRate,
    maxDelay: Duration.seconds(schedule.maxDelaySeconds),
    maxAttempts: schedule.maxAttempts,
  });
}
