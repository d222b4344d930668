import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { lockCall, readLock } from './lock-call.ts';

/**
 * One execution per as-of date. The rollup Lambda takes the date's lock
 * (`claimRunDate`: `locks/run-<asOf>.lock`, created with
 * `If-None-Match: *` and the execution's id) before it touches the lake,
 * since its SDK is known to send the condition. When another execution
 * holds the date, its result has `skipped`, and the execution ends as a
 * success that says so; otherwise it goes on with `rest`. Any error
 * (`RunDateLockError` when the lock could be neither written nor read)
 * goes to `failed`, which releases the lock only if it is this
 * execution's (`failRun`): a write S3 made whose answer was lost, yes; a
 * rollup that failed before its claim while another execution runs the
 * date, no.
 *
 * @param scope - the construct the states belong to
 * @param rollup - the rollup task, whose result is at `$.rollup`
 * @param next - the rest of the run, and its failure path
 * @returns the rollup, then the choice by its result
 * @example
 * lockedRollup(scope, rollup, { rest: plan, failed });
 */
export function lockedRollup(
  scope: Construct,
  rollup: sfn.TaskStateBase,
  next: { readonly rest: sfn.IChainable; readonly failed: sfn.IChainable },
): sfn.Chain {
  rollup.addCatch(next.failed, { resultPath: '$.failure' });
  const skip = new sfn.Pass(scope, 'SkipDuplicate', {
    parameters: {
      asOf: sfn.JsonPath.stringAt('$.asOf'),
      skipped: sfn.JsonPath.stringAt('$.rollup.skipped'),
    },
  });
  return rollup.next(
    new sfn.Choice(scope, 'DateHeld')
      .when(
        sfn.Condition.isPresent('$.rollup.skipped'),
        skip.next(new sfn.Succeed(scope, 'Skipped')),
      )
      .otherwise(next.rest),
  );
}

/**
 * On failure: remove the date's lock if this execution holds it, so the
 * date can be run again, then fail with the stage's error. A rollup can
 * fail before it has taken the lock (throttled past its retries, a bad
 * configuration at cold start) while another execution holds the date,
 * and a redrive's publish fails on finding the date another's: that lock
 * stays. The holder is read first (`ReadLock`); no lock to read
 * (NoSuchKey, or AccessDenied without s3:ListBucket) leaves nothing to
 * release. A lock that holds this execution's id cannot change between
 * the read and the delete: others only create it where none exists (the
 * lifecycle rule expires it a day or more later). Both calls retry a
 * passing S3 fault (`lockCall`; a missing lock is an answer, not retried), and one that lasts still ends in
 * `RunFailed` with the stage's error: the execution never stops at
 * `ReleaseLock`, where a redrive days later would delete a lock that may
 * be another execution's by then.
 *
 * @param scope - the construct the states belong to
 * @param bucket - the report bucket
 * @returns the first state, chained
 * @example
 * rollup.addCatch(failRun(scope, reportBucket), { resultPath: '$.failure' });
 */
export function failRun(scope: Construct, bucket: s3.IBucket): sfn.IChainable {
  const failed = new sfn.Fail(scope, 'RunFailed', {
    errorPath: '$.failure.Error',
    causePath: '$.failure.Cause',
  });
  const read = readLock(scope, { bucket, failed });
  // The execution's id joins the state in a Pass's Parameters, where the
  // context object is documented, so that the Choice compares two paths.
  const self = new sfn.Pass(scope, 'LockSelf', {
    parameters: { id: sfn.JsonPath.executionId },
    resultPath: '$.lockSelf',
  });
  const release = lockCall(
    scope,
    'ReleaseLock',
    { bucket, failed },
    { action: 'deleteObject', resultPath: sfn.JsonPath.DISCARD },
  );
  return read
    .next(self)
    .next(
      new sfn.Choice(scope, 'LockOwned')
        .when(
          sfn.Condition.stringEqualsJsonPath('$.lock.holder', '$.lockSelf.id'),
          release.next(failed),
        )
        .otherwise(failed),
    );
}
