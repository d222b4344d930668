import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

/** Where a run's lock object lives in the report bucket. */
export const LOCK_PREFIX = 'locks/';

/** The lock object's key for the run's as-of date. */
const lockKey = sfn.JsonPath.format(
  `${LOCK_PREFIX}run-{}.lock`,
  sfn.JsonPath.stringAt('$.asOf'),
);

/**
 * One execution per as-of date: creates `locks/run-<asOf>.lock` in the
 * report bucket with `If-None-Match: *`, which S3 refuses (412
 * PreconditionFailed) while the object exists, so a second start for the
 * same date fails here, before touching the lake.
 *
 * @param scope - the construct the state belongs to
 * @param bucket - the report bucket
 * @returns the task
 * @example
 * lockRun(scope, reportBucket).next(rollup);
 */
export function lockRun(
  scope: Construct,
  bucket: s3.IBucket,
): tasks.CallAwsService {
  return new tasks.CallAwsService(scope, 'LockRun', {
    service: 's3',
    action: 'putObject',
    parameters: {
      Bucket: bucket.bucketName,
      Key: lockKey,
      Body: sfn.JsonPath.stringAt('$$.Execution.Id'),
      IfNoneMatch: '*',
    },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    resultPath: sfn.JsonPath.DISCARD,
  });
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
