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
 * After a failed lock write: reads the lock's holder. This execution (a
 * write that succeeded but whose answer was lost) goes on with `then`;
 * another one means the date has run or is running, so the execution
 * ends as a success that says so. No lock at all means the write failed
 * for another reason (e.g. AccessDenied): the execution fails with the
 * write's error, and releases nothing, since it holds no lock.
 */
function checkLock(
  scope: Construct,
  bucket: s3.IBucket,
  then: sfn.IChainable,
): sfn.IChainable {
  const read = readLock(scope, bucket);
  const skip = new sfn.Pass(scope, 'SkipDuplicate', {
    parameters: {
      asOf: sfn.JsonPath.stringAt('$.asOf'),
      skipped: sfn.JsonPath.format(
        `${LOCK_PREFIX}run-{}.lock is held by {}: this date has run or is ` +
          'running; delete the lock to run it again',
        sfn.JsonPath.stringAt('$.asOf'),
        sfn.JsonPath.stringAt('$.lock.holder'),
      ),
    },
  });
  // The execution's id joins the state in a Pass's Parameters, where the
  // context object is documented, so that the Choice compares two paths
  // of the state.
  const self = new sfn.Pass(scope, 'LockSelf', {
    parameters: { id: sfn.JsonPath.executionId },
    resultPath: '$.lockSelf',
  });
  return read
    .next(self)
    .next(
      new sfn.Choice(scope, 'LockHolder')
        .when(
          sfn.Condition.stringEqualsJsonPath('$.lock.holder', '$.lockSelf.id'),
          then,
        )
        .otherwise(skip.next(new sfn.Succeed(scope, 'Skipped'))),
    );
}

/**
 * Reads the lock's holder into `$.lock`; without a lock to read, the
 * execution fails with the lock write's error.
 */
function readLock(scope: Construct, bucket: s3.IBucket): tasks.CallAwsService {
  const read = new tasks.CallAwsService(scope, 'ReadLock', {
    service: 's3',
    action: 'getObject',
    parameters: { Bucket: bucket.bucketName, Key: lockKey },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    // Step Functions returns the object's Body as a string.
    resultSelector: { holder: sfn.JsonPath.stringAt('$.Body') },
    resultPath: '$.lock',
  });
  // Without s3:ListBucket a missing lock reads as AccessDenied, not
  // NoSuchKey; either way there is no lock to go by.
  read.addCatch(
    new sfn.Fail(scope, 'LockFailed', {
      errorPath: '$.lockError.Error',
      causePath: '$.lockError.Cause',
    }),
    { errors: [sfn.Errors.ALL], resultPath: sfn.JsonPath.DISCARD },
  );
  return read;
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
