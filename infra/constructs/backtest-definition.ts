import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  LAKE_LOCKED_ERROR,
  PLAN_LAKE_RETRY,
} from '#lib/domain/lake-lock-retry';
import { invokeLambda } from './invoke-lambda.ts';
import { retryOnLakeLock } from './lake-lock-retry.ts';
import { strictItemMap } from './strict-item-map.ts';

/**
 * The monthly decision backtest (docs/architecture.md "The decision
 * backtest"): plan → Distributed Map over the plan's batches of groups
 * (read from S3) → merge, all three steps in the backtest function.
 * The plan gets the execution's input as it is (`{}` from the schedule, or
 * a manual range) and its name, from which the backtest's id comes; on a
 * lake too young to judge a decision it returns `{ skipped }` and the
 * execution succeeds with nothing written. A plan that could not get the
 * lake's lock (`LakeLockedError`: a catch-up rollup holds it for up to
 * 15 minutes, the plan waiting 30 s in its Lambda) is tried again
 * (`PLAN_LAKE_RETRY`, 32 minutes of waits), as the run's plan is; any
 * other failed step fails the execution with its error (a failed batch
 * names itself), leaving the previous `state/backtest.json` as it was.
 *
 * @param scope - the construct the states belong to
 * @param fn - the backtest function
 * @param maxConcurrency - how many batches run at once
 * @returns the first state, chained
 * @example
 * sfn.DefinitionBody.fromChainable(backtestDefinition(this, fn, 10));
 */
export function backtestDefinition(
  scope: Construct,
  fn: lambda.IFunction,
  maxConcurrency: number,
): sfn.IChainable {
  const plan = retryOnLakeLock(
    invokeLambda(
      scope,
      'Plan',
      fn,
      { step: 'plan', 'execution.$': '$$.Execution.Name', 'input.$': '$' },
      '$.plan',
    ),
    LAKE_LOCKED_ERROR,
    PLAN_LAKE_RETRY,
  );
  const batches = batchMap(scope, fn, maxConcurrency);
  const merge = invokeLambda(
    scope,
    'Merge',
    fn,
    { step: 'merge', 'backtestId.$': '$.plan.backtestId' },
    '$.backtest',
  );
  const skipped = new sfn.Succeed(scope, 'Skipped', {
    comment: 'Too young a lake to judge a decision: nothing written',
  });
  return plan.next(
    new sfn.Choice(scope, 'PlannedOrSkipped')
      .when(sfn.Condition.isPresent('$.plan.skipped'), skipped)
      .otherwise(batches.next(merge)),
  );
}

/** The Distributed Map over the plan's batches, each a `batch` step. */
function batchMap(
  scope: Construct,
  fn: lambda.IFunction,
  maxConcurrency: number,
): sfn.DistributedMap {
  return strictItemMap(
    scope,
    fn,
    {
      noun: 'Batch',
      plural: 'Batches',
      planPath: '$.plan',
      listField: 'batchList',
      ownerField: 'backtestId',
      ownerWord: 'backtest',
      itemField: 'batch',
      extra: { step: 'batch' },
    },
    maxConcurrency,
  );
}
