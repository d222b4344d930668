import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

/** Lambda service errors worth retrying: throttling and 5xx, not task errors. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.TooManyRequestsException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];

/**
 * A Lambda task whose output is the function's own result. It retries
 * only the Lambda service's throttling and internal errors, with
 * exponential back-off and full jitter; a task error (a failed query, bad
 * data) or a timeout fails at once, since a repeat would end the same way.
 *
 * @param scope - the construct the state belongs to
 * @param id - the state's id
 * @param fn - the function to invoke
 * @param payload - the function's event
 * @param resultPath - where its result goes in the state (default: all)
 * @returns the task, with its retry
 * @example
 * invokeLambda(scope, 'Plan', fns.plan, { 'asOf.$': '$.asOf' }, '$.plan');
 */
export function invokeLambda(
  scope: Construct,
  id: string,
  fn: lambda.IFunction,
  payload: Record<string, unknown>,
  resultPath?: string,
): sfn.TaskStateBase {
  const task = new tasks.LambdaInvoke(scope, id, {
    lambdaFunction: fn,
    payload: sfn.TaskInput.fromObject(payload),
    payloadResponseOnly: true,
    resultPath,
    // A backstop a minute above the functions' 15-minute timeout: the
    // Lambda ends a stuck invocation itself (its Athena query stopped
    // first); the state never waits on a lost one forever.
    taskTimeout: sfn.Timeout.duration(Duration.minutes(16)),
    // The CDK default retries ClientExecutionTimeoutException too, which
    // can be a timed-out invocation; list the retryable errors ourselves.
    retryOnServiceExceptions: false,
  });
  return task.addRetry({
    errors: LAMBDA_SERVICE_ERRORS,
    // 2 s, then doubling: 2, 4, 8, 16, 32 s (capped at 60 s), with full
    // jitter so that 100 throttled shards do not retry in lockstep.
    interval: Duration.seconds(2),
    backoffRate: 2,
    maxAttempts: 5,
    maxDelay: Duration.seconds(60),
    jitterStrategy: sfn.JitterType.FULL,
  });
}
