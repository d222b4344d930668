import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { invokeLambda } from './invoke-lambda.ts';

/**
 * A Distributed Map that tolerates no failed item, written out: the CDK
 * leaves a tolerance of 0 out of the definition (0 is the service default,
 * but the definition should say so).
 */
class StrictDistributedMap extends sfn.DistributedMap {
  override toStateJson(
    queryLanguage?: sfn.QueryLanguage,
  ): Record<string, unknown> {
    // A run publishes every series or nothing, a backtest scores every
    // batch or none: one failed item fails the map.
    return {
      ...super.toStateJson(queryLanguage),
      ToleratedFailurePercentage: 0,
    };
  }
}

/** What a {@link strictItemMap} runs, and how its states are named. */
export interface ItemMapSpec {
  /**
   * The item, capitalised, and the map: `Shard` and `Shards` name the
   * states `Shards`, `Shard`, `NameFailedShard` and `ShardFailed`.
   */
  readonly noun: string;
  readonly plural: string;
  /** Where the plan's result is in the state, e.g. `$.plan`. */
  readonly planPath: string;
  /** The plan result's fields: the item list's `{ bucket, key }`, and the owner's id. */
  readonly listField: string;
  readonly ownerField: string;
  /** What the owner is called in a failure's cause: `run`, `backtest`. */
  readonly ownerWord: string;
  /** The item's field in the list and in the function's event: `shard`, `batch`. */
  readonly itemField: string;
  /** More fixed fields of the function's event. */
  readonly extra?: Readonly<Record<string, string>>;
}

/**
 * The Distributed Map over an item list the plan wrote to S3: each item
 * in a child execution that invokes `fn` with the owner's id and the
 * item (`{ runId, shard }`, `{ step, backtestId, batch }`), no failed
 * item tolerated. A failure ends the child with the item's and the
 * owner's names in its cause ("shard s0002 of run … failed: …"), so the
 * failed child names its item. Results are discarded: the last step
 * reads the items' results from S3, not from the state.
 *
 * @param scope - the construct the states belong to
 * @param fn - the item's function
 * @param spec - names and paths
 * @param maxConcurrency - how many items run at once
 * @returns the map state
 * @example
 * strictItemMap(scope, fns.shard, SHARD_MAP, 20).addCatch(failed, onError);
 */
export function strictItemMap(
  scope: Construct,
  fn: lambda.IFunction,
  spec: ItemMapSpec,
  maxConcurrency: number,
): sfn.DistributedMap {
  const { noun, planPath, itemField, ownerField } = spec;
  const map = new StrictDistributedMap(scope, spec.plural, {
    itemReader: new sfn.S3JsonItemReader({
      bucketNamePath: sfn.JsonPath.stringAt(
        `${planPath}.${spec.listField}.bucket`,
      ),
      key: sfn.JsonPath.stringAt(`${planPath}.${spec.listField}.key`),
    }),
    itemSelector: {
      [`${ownerField}.$`]: `${planPath}.${ownerField}`,
      [`${itemField}.$`]: `$$.Map.Item.Value.${itemField}`,
    },
    maxConcurrency,
    mapExecutionType: sfn.StateMachineType.STANDARD,
    resultPath: sfn.JsonPath.DISCARD,
  });
  const task = invokeLambda(scope, noun, fn, {
    ...spec.extra,
    [`${ownerField}.$`]: `$.${ownerField}`,
    [`${itemField}.$`]: `$.${itemField}`,
  });
  const named = failNamingItem(scope, spec);
  map.itemProcessor(task.addCatch(named, { resultPath: '$.failure' }));
  return map;
}

/**
 * The states a failed item's child execution ends in: its error, with a
 * cause naming the item and the owner ("shard s0002 of run … failed: …").
 */
function failNamingItem(scope: Construct, spec: ItemMapSpec): sfn.Chain {
  const { noun, itemField, ownerField } = spec;
  return new sfn.Pass(scope, `NameFailed${noun}`, {
    parameters: {
      'Error.$': '$.failure.Error',
      'Cause.$': `States.Format('${itemField} {} of ${spec.ownerWord} {} failed: {}', $.${itemField}, $.${ownerField}, $.failure.Cause)`,
    },
  }).next(
    new sfn.Fail(scope, `${noun}Failed`, {
      errorPath: '$.Error',
      causePath: '$.Cause',
    }),
  );
}
