import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { RunStateMachine } from '../constructs/run-state-machine.ts';
import { bucketName, functionName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { acknowledgePipelineFindings } from './nag-acknowledgements.ts';
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
 * publish), their permissions, and the state machine that runs them daily.
 */
export class PipelineStack extends Stack {
  readonly rollup: PipelineFunction;
  readonly plan: PipelineFunction;
  readonly shard: PipelineFunction;
  readonly publish: PipelineFunction;
  readonly run: RunStateMachine;

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
    const removalPolicy = stage.destroyOnRemoval
      ? RemovalPolicy.DESTROY
      : RemovalPolicy.RETAIN;
    const common = {
      environment: {
        HEADROOM_LAKE_BUCKET: lake.bucketName,
        HEADROOM_REPORT_BUCKET: reports.bucketName,
        HEADROOM_WORKGROUP: props.workGroupName,
        HEADROOM_DATABASE: props.databaseName,
        HEADROOM_ALERTS_TOPIC_ARN: props.alertsTopic.topicArn,
        HEADROOM_REPORT_BASE_URL: props.reportBaseUrl,
      },
      logRetention: stage.logRetentionDays as logs.RetentionDays,
      removalPolicy,
      sourceMaps: props.sourceMaps,
    };
    const fn = (
      id: string,
      step: 'rollup' | 'plan' | 'shard' | 'publish',
      sizing: { memorySize: number; timeout: Duration },
    ) =>
      new PipelineFunction(this, id, {
        ...common,
        ...sizing,
        functionName: functionName(stage, step),
        entry: `functions/${step}.ts`,
      });
    this.rollup = fn('Rollup', 'rollup', {
      // Athena does the heavy reading; the Lambda only waits and streams
      // small results, so the smallest comfortable size.
      memorySize: 512,
      // A catch-up runs batches of many days (two UNLOADs each) and stops
      // between batches when the next would not fit in what is left.
      timeout: Duration.minutes(15),
    });
    this.plan = fn('Plan', 'plan', {
      // Reads the inventory (about 10 MB of CSV at 100,000 links) and the
      // series list, and writes the shard list; Athena writes the shard
      // inputs, so 1 GB holds the inventory with room to spare.
      memorySize: 1024,
      // One Athena UNLOAD of the history window (minutes at most); the
      // Lambda maximum so a slow query is stopped by the adapter, not cut.
      timeout: Duration.minutes(15),
    });
    this.shard = fn('Shard', 'shard', {
      // Fits and backtests in one JavaScript thread: 1,769 MB is the size
      // at which Lambda gives a full vCPU; a shard's history is a few MB.
      memorySize: 1769,
      // A shard of 1,976 series took 64 s on a loaded 2-core machine
      // (peak 1.07 GB); the Lambda maximum leaves room for slow starts.
      timeout: Duration.minutes(15),
    });
    this.publish = fn('Publish', 'publish', {
      // Merges every shard's results and renders the report set: 789 MB
      // peak measured for 130,416 series from 66 shards (100,000 links);
      // 2 GB leaves room for larger fleets. More memory buys CPU it cannot
      // use (one thread).
      memorySize: 2048,
      // 47 s measured at 100,000 links; the maximum for larger fleets.
      timeout: Duration.minutes(15),
    });
    const functions = [this.rollup, this.plan, this.shard, this.publish];
    const granted = grantStageAccess(this, {
      lake,
      reports,
      databaseName: props.databaseName,
      workGroupName: props.workGroupName,
      functions: this,
    });
    props.alertsTopic.grantPublish(this.publish.role);
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
    acknowledgePipelineFindings(this, stage, functions, granted);
  }
}
