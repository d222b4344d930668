import {
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  TimeZone,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { functionName, type StageConfig } from '../stages.ts';
import { lakeStatements } from './pipeline-access.ts';

/** What the pipeline needs from the data and alerting stacks. */
export interface PipelineStackProps extends StackProps {
  readonly stage: StageConfig;
  readonly lakeBucket: s3.IBucket;
  readonly reportBucket: s3.IBucket;
  readonly databaseName: string;
  readonly workGroupName: string;
  readonly alertsTopic: sns.ITopic;
  readonly operationsTopic: sns.ITopic;
}

/**
 * The stateless part: the rollup and forecast Lambdas, their schedules
 * and their permissions.
 */
export class PipelineStack extends Stack {
  readonly rollup: PipelineFunction;
  readonly forecast: PipelineFunction;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const common = {
      environment: {
        HEADROOM_LAKE_BUCKET: props.lakeBucket.bucketName,
        HEADROOM_REPORT_BUCKET: props.reportBucket.bucketName,
        HEADROOM_WORKGROUP: props.workGroupName,
        HEADROOM_DATABASE: props.databaseName,
        HEADROOM_ALERTS_TOPIC_ARN: props.alertsTopic.topicArn,
      },
      logRetention: stage.logRetentionDays as logs.RetentionDays,
      failureTopic: props.operationsTopic,
      removalPolicy: stage.destroyOnRemoval
        ? RemovalPolicy.DESTROY
        : RemovalPolicy.RETAIN,
    };
    this.rollup = new PipelineFunction(this, 'Rollup', {
      ...common,
      functionName: functionName(stage, 'rollup'),
      entry: 'functions/rollup.ts',
      // Athena does the heavy reading; the Lambda only waits and streams
      // small results, so the smallest comfortable size.
      memorySize: 512,
      // Catching up several missed days runs one Athena query per day.
      timeout: Duration.minutes(15),
    });
    this.forecast = new PipelineFunction(this, 'Forecast', {
      ...common,
      functionName: functionName(stage, 'forecast'),
      entry: 'functions/forecast.ts',
      // Fits and backtests ~3 series per link (link, group, ISP) in
      // JavaScript; 3008 MB buys about two vCPUs and room for the history.
      memorySize: 3008,
      // 10,000 links take minutes; the Lambda maximum leaves headroom.
      timeout: Duration.minutes(15),
    });
    this.grantAccess(props);
    this.schedule(stage);
  }

  private grantAccess(props: PipelineStackProps): void {
    const lake = {
      lakeBucket: props.lakeBucket,
      databaseName: props.databaseName,
      workGroupName: props.workGroupName,
    };
    // The forecast runs the same catch-up rollup first (runPipeline), so
    // that a failed rollup run never leaves the forecast a day behind.
    const statements = lakeStatements(this, {
      ...lake,
      tables: ['traffic', 'links', 'series_daily', 'quality_daily'],
      readPrefixes: ['traffic/', 'inventory/', 'config/'],
      writePrefixes: ['series_daily/', 'quality_daily/'],
    });
    for (const fn of [this.rollup, this.forecast]) {
      for (const statement of statements) fn.role.addToPolicy(statement);
    }
    const reports = props.reportBucket;
    this.forecast.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [
          reports.arnForObjects('reports/*'),
          reports.arnForObjects('state/*'),
        ],
      }),
    );
    this.forecast.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [reports.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['reports/*', 'state/*'] } },
      }),
    );
    props.alertsTopic.grantPublish(this.forecast.role);
    for (const fn of [this.rollup, this.forecast]) {
      Validations.of(fn.role).acknowledge({
        id: 'AwsSolutions-IAM5',
        reason:
          'Object wildcards are limited to the prefixes this function ' +
          'owns (e.g. series_daily/*), and Athena results use per-query ' +
          'keys; KMS GenerateDataKey* is what SNS grantPublish requires.',
      });
    }
  }

  private schedule(stage: StageConfig): void {
    const timeZone = TimeZone.of(stage.timeZone);
    const at = (hour: number) =>
      scheduler.ScheduleExpression.cron({
        minute: '15',
        hour: String(hour),
        timeZone,
      });
    const plan = [
      { id: 'RollupDaily', fn: this.rollup, hour: stage.rollupHour },
      { id: 'ForecastDaily', fn: this.forecast, hour: stage.forecastHour },
    ];
    for (const { id, fn, hour } of plan) {
      new scheduler.Schedule(this, id, {
        schedule: at(hour),
        description: `${fn.function.node.id} at ${hour}:15 ${stage.timeZone}`,
        target: new targets.LambdaInvoke(fn.function, {
          input: scheduler.ScheduleTargetInput.fromObject({}),
          // The function's own async retries handle failures inside it;
          // these cover failures to invoke it at all.
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      });
    }
  }
}
