import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { experimental } from 'aws-cdk-lib/aws-cloudfront';
import type { IConstruct } from 'constructs';
import type { PipelineFunction } from '../constructs/pipeline-function.ts';
import type { StageConfig } from '../stage-config.ts';

/** Object prefixes the pipeline's roles are granted, per bucket. */
export interface GrantedPrefixes {
  readonly bucket: 'lake' | 'reports';
  readonly prefixes: readonly string[];
}

const OBJECTS_REASON =
  'Object access is limited to the prefixes the pipeline owns or reads ' +
  '(a day is a set of Parquet files whose names Athena chooses, a report ' +
  'run is a folder of files), never the whole bucket.';

/** An object ARN as cdk-nag prints it (see `bucketName` in resource-names.ts). */
function objectArnPattern(
  stage: StageConfig,
  bucket: 'lake' | 'reports',
  prefix: string,
): string {
  const name = `headroom-${stage.name}-${bucket}-<AWS::AccountId>-<AWS::Region>`;
  return `arn:<AWS::Partition>:s3:::${name}/${prefix}*`;
}

/** The CloudFormation logical id a construct's ARN shows up under. */
function logicalIdOf(construct: IConstruct): string {
  const element = construct.node.defaultChild as CfnElement;
  return Stack.of(element).getLogicalId(element);
}

/**
 * Acknowledges, finding by finding, the cdk-nag AwsSolutions results that
 * the pipeline's least-privilege design accepts, each with its reason.
 *
 * @param stack - the pipeline stack
 * @param stage - the stage (names the buckets)
 * @param functions - the pipeline functions
 * @param granted - object prefixes granted per bucket
 * @example
 * acknowledgePipelineFindings(this, stage, [rollup, forecast], granted);
 */
export function acknowledgePipelineFindings(
  stack: Stack,
  stage: StageConfig,
  functions: readonly PipelineFunction[],
  granted: readonly GrantedPrefixes[],
): void {
  for (const fn of functions) {
    Validations.of(fn.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the project decided on (README "Deploy to AWS"); ' +
        'moving to a newer one is a deliberate, tested change.',
    });
    const roles = Validations.of(fn.role);
    roles.acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        'Granted by sns grantPublish/SnsDestination on the one topic key: ' +
        'SNS needs GenerateDataKey* to encrypt messages.',
    });
    for (const { bucket, prefixes } of granted) {
      for (const prefix of prefixes) {
        roles.acknowledge({
          id: `AwsSolutions-IAM5[Resource::${objectArnPattern(stage, bucket, prefix)}]`,
          reason: OBJECTS_REASON,
        });
      }
    }
    Validations.of(stack).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(fn.function)}.Arn>:*]`,
      reason:
        "The role that invokes it (the run's state machine, or the " +
        "backtest's) may invoke this one function and its versions, as " +
        'the CDK LambdaInvoke task grants it.',
    });
  }
}

/**
 * Acknowledges, with their reasons, the cdk-nag AwsSolutions results of
 * the reports' sign-in function, found on the function itself in its
 * us-east-1 stack.
 *
 * @param edge - the Lambda@Edge function
 * @example
 * acknowledgeSignInFindings(edge);
 */
export function acknowledgeSignInFindings(
  edge: experimental.EdgeFunction,
): void {
  Validations.of(edge.lambda).acknowledge(
    {
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the project decided on (README "Deploy to AWS"), ' +
        'as for the pipeline functions.',
    },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'Lambda@Edge logs to /aws/lambda/us-east-1.<name> in whichever ' +
        'region serves the request, so no log group ARN can be named ahead.',
    },
  );
}
