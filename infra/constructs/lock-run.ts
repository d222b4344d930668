import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { checkLock } from './check-lock.ts';
import { LOCK_PREFIX, lockKey } from './lock-key.ts';

/**
 * One execution per as-of date: creates `locks/run-<asOf>.lock` in the
 * report bucket with `If-None-Match: *` and the execution id as body, then
 * goes on with `then`. S3 refuses the write (412 PreconditionFailed) while
 * the object exists; any failure of the write is handed to `checkLock`,
 * which tells a duplicate start (a success that does nothing) from a lock
 * that is this execution's own and from a real failure.
 *
 * @param scope - the construct the states belong to
 * @param bucket - the report bucket
 * @param then - the run's first stage
 * @returns the lock, then `then`
 * @example
 * lockRun(scope, reportBucket, rollup).next(plan);
 */
export function lockRun(
  scope: Construct,
  bucket: s3.IBucket,
  then: sfn.IChainable,
): sfn.Chain {
  const lock = new tasks.CallAwsService(scope, 'LockRun', {
    service: 's3',
    action: 'putObject',
    parameters: {
      Bucket: bucket.bucketName,
      Key: lockKey,
      Body: sfn.JsonPath.executionId,
      IfNoneMatch: '*',
    },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    resultPath: sfn.JsonPath.DISCARD,
  });
  // Any error, not only the 412: its name as Step Functions reports it
  // (S3.<Name>Exception, or S3.S3Exception for errors the SDK does not
  // model) is not pinned down, and the lock object itself says what
  // happened.
  lock.addCatch(checkLock(scope, bucket, then), {
    errors: [sfn.Errors.ALL],
    resultPath: '$.lockError',
  });
  return lock.next(then);
}

/**
 * On failure: remove the lock so the date can be run again, then fail.
 *
 * @param scope - the construct the states belong to
 * @param bucket - the report bucket
 * @returns the first state, chained
 * @example
 * rollup.addCatch(failRun(scope, reportBucket), { resultPath: '$.failure' });
 */
export function failRun(scope: Construct, bucket: s3.IBucket): sfn.IChainable {
  const release = new tasks.CallAwsService(scope, 'ReleaseLock', {
    service: 's3',
    action: 'deleteObject',
    parameters: { Bucket: bucket.bucketName, Key: lockKey },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    resultPath: sfn.JsonPath.DISCARD,
  });
  return release.next(
    new sfn.Fail(scope, 'RunFailed', {
      errorPath: '$.failure.Error',
      causePath: '$.failure.Cause',
    }),
  );
}
