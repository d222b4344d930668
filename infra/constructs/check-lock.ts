import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { LOCK_PREFIX, lockKey } from './lock-key.ts';

/**
 * After a failed lock write: reads the lock's holder. This execution (a
 * write that succeeded but whose answer was lost) goes on with `then`;
 * another one means the date has run or is running, so the execution
 * ends as a success that says so. No lock at all means the write failed
 * for another reason (e.g. AccessDenied): the execution fails with the
 * write's error, and releases nothing, since it holds no lock.
 *
 * @param scope - the construct the states belong to
 * @param bucket - the report bucket
 * @param then - the run's first stage, for a lock that is this execution's
 * @returns the read of the lock, then the choice by its holder
 * @example
 * lock.addCatch(checkLock(scope, bucket, rollup), { resultPath: '$.lockError' });
 */
export function checkLock(
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
