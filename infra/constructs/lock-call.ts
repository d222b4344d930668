import { Duration } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { RUN_DATE_LOCK_PREFIX } from '#lib/domain/vocabulary';
import { lockKey } from './lock-key.ts';

/** Where a lock call leads: the report bucket, and the run's failure. */
type LockCallTarget = {
  readonly bucket: s3.IBucket;
  readonly failed: sfn.IChainable;
};

/**
 * Reads the date's lock's holder into `$.lock.holder` (`ReadLock`). No
 * lock (NoSuchKey; AccessDenied, since the state machine may not list
 * `locks/`) is an answer, not a fault to wait out: it goes to `failed`
 * at once.
 *
 * @param scope - the construct the state belongs to
 * @param on - the report bucket, and the failure the read leads to
 * @returns the task
 * @example
 * readLock(scope, { bucket, failed }).next(self);
 */
export function readLock(
  scope: Construct,
  on: LockCallTarget,
): tasks.CallAwsService {
  return lockCall(scope, 'ReadLock', on, {
    action: 'getObject',
    // Step Functions returns the object's Body as a string.
    resultSelector: { holder: sfn.JsonPath.stringAt('$.Body') },
    resultPath: '$.lock',
    answers: ['S3.NoSuchKeyException', 'S3.AccessDeniedException'],
  });
}

/**
 * An S3 call on the date's lock, on the way to `failed`: a passing fault
 * (throttling, a 5xx) is retried from 2 s, doubling, 4 times, but not the
 * errors in `answers` (named as Step Functions names S3's errors, with an
 * `Exception` suffix); one that lasts goes to `failed` with `$.failure`,
 * the stage's error, kept.
 *
 * @param scope - the construct the state belongs to
 * @param id - the state's id
 * @param on - the report bucket, and the failure the call leads to
 * @param call - the S3 action, where its result goes, and its answers
 * @returns the task, with its retries and catch
 * @example
 * lockCall(scope, 'ReleaseLock', { bucket, failed },
 *   { action: 'deleteObject', resultPath: sfn.JsonPath.DISCARD });
 */
export function lockCall(
  scope: Construct,
  id: string,
  on: LockCallTarget,
  call: {
    readonly action: 'getObject' | 'deleteObject';
    readonly resultSelector?: Record<string, unknown>;
    readonly resultPath: string;
    readonly answers?: string[];
  },
): tasks.CallAwsService {
  const { answers, ...options } = call;
  const task = new tasks.CallAwsService(scope, id, {
    service: 's3',
    parameters: { Bucket: on.bucket.bucketName, Key: lockKey },
    iamResources: [on.bucket.arnForObjects(`${RUN_DATE_LOCK_PREFIX}*`)],
    ...options,
  });
  // The first retrier whose errors match decides.
  if (answers) task.addRetry({ errors: answers, maxAttempts: 0 });
  task.addRetry({
    errors: [sfn.Errors.ALL],
    interval: Duration.seconds(2),
    backoffRate: 2,
    maxAttempts: 4,
    jitterStrategy: sfn.JitterType.FULL,
  });
  task.addCatch(on.failed, {
    errors: [sfn.Errors.ALL],
    resultPath: sfn.JsonPath.DISCARD,
  });
  return task;
}
