import { Stack, type StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { PipelineFunctionName } from '#lib/domain/vocabulary';
import { BacktestStateMachine } from '../constructs/backtest-state-machine.ts';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { RunStateMachine } from '../constructs/run-state-machine.ts';
import { removalPolicyOf } from '../removal-policy.ts';
import { bucketName, functionName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { grantBacktestAccess } from './backtest-access.ts';
import { FUNCTION_SIZING } from './function-sizing.ts';
import {
  acknowledgePipelineFindings,
  type GrantedPrefixes,
} from './nag-acknowledgements.ts';
import { type SharedProps, sharedProps } from './shared-function-props.ts';
import { grantStageAccess } from './stage-access.ts';

/** What the pipeline needs from the data and alerting stacks. */
export interface PipelineStackProps extends StackProps {
  readonly stage: StageConfig;
  readonly databaseName: string;
  readonly workGroupName: string;
  readonly alertsTopic: sns.ITopic;
  readonly operationsTopic: sns.ITopic;
  /** The reports' URL (CloudFront), for links in messages. */
  readonly reportBaseUrl: string;
  /** Ship source maps in the bundles (`-c sourceMaps=true`). */
  readonly sourceMaps?: boolean;
}

/**
 * The stateless part: one Lambda per stage of a run (rollup, plan, shard,
 * publish), their permissions, and the state machine that runs them daily;
 * and the decision backtest's Lambda with the state machine that fans it
 * out monthly.
 */
export class PipelineStack extends Stack {
  readonly rollup: PipelineFunction;
  readonly plan: PipelineFunction;
  readonly shard: PipelineFunction;
  readonly publish: PipelineFunction;
  readonly backtest: PipelineFunction;
  readonly run: RunStateMachine;
  readonly backtestMachine: BacktestStateMachine;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { stage } = props;
    // By name, not by reference: ARNs stay literal in this stack.
    const lake = s3.Bucket.fromBucketName(
      this,
      'LakeBucket',
      bucketName(stage, 'lake'),
    );
    const reports = s3.Bucket.fromBucketName(
      this,
      'ReportBucket',
      bucketName(stage, 'reports'),
    );
    const removalPolicy = removalPolicyOf(stage);
    const shared = sharedProps(props, lake, reports, removalPolicy);
    this.rollup = this.addFunction('Rollup', 'rollup', stage, shared);
    this.plan = this.addFunction('Plan', 'plan', stage, shared);
    this.shard = this.addFunction('Shard', 'shard', stage, shared);
    this.publish = this.addFunction('Publish', 'publish', stage, shared);
    this.backtest = this.addFunction('Backtest', 'backtest', stage, shared);
    const granted = this.grantAccess(props, lake, reports);
    this.run = new RunStateMachine(this, 'Run', {
      stage,
      functions: {
        rollup: this.rollup.function,
        plan: this.plan.function,
        shard: this.shard.function,
        publish: this.publish.function,
      },
      reportBucket: reports,
      removalPolicy,
    });
    this.backtestMachine = new BacktestStateMachine(this, 'BacktestMachine', {
      stage,
      backtest: this.backtest.function,
      reportBucket: reports,
      removalPolicy,
    });
    const functions = [
      this.rollup,
      this.plan,
      this.shard,
      this.publish,
      this.backtest,
    ];
    acknowledgePipelineFindings(this, stage, functions, granted);
  }

  /**
   * Least-privilege access to the lake, the reports and the catalog
   * (`grantStageAccess`, `grantBacktestAccess`), and publish's right to
   * send alerts.
   */
  private grantAccess(
    props: PipelineStackProps,
    lake: s3.IBucket,
    reports: s3.IBucket,
  ): GrantedPrefixes[] {
    const granted = grantStageAccess(this, {
      lake,
      reports,
      databaseName: props.databaseName,
      workGroupName: props.workGroupName,
      functions: this,
    });
    const backtest = grantBacktestAccess(this, {
      lake,
      reports,
      databaseName: props.databaseName,
      workGroupName: props.workGroupName,
      backtest: this.backtest,
    });
    props.alertsTopic.grantPublish(this.publish.role);
    return [...granted, ...backtest];
  }

  /** One stage's function: its name, handler file and `FUNCTION_SIZING`. */
  private addFunction(
    id: string,
    step: PipelineFunctionName,
    stage: StageConfig,
    shared: SharedProps,
  ): PipelineFunction {
    return new PipelineFunction(this, id, {
      ...shared,
      ...FUNCTION_SIZING[step],
      functionName: functionName(stage, step),
      entry: `functions/${step}.ts`,
    });
  }
}
