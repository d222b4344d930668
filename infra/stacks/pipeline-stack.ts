import {
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  TimeZone,
} from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { bucketName, functionName, type StageConfig } from '../stages.ts';
import { acknowledgePipelineFindings } from './nag-acknowledgements.ts';
import { lakeStatements, reportStatements } from './pipeline-access.ts';

/**
 * Lake prefixes: read (3), written by the rollup (4: its two tables, the
 * inventory it writes as Parquet for the SQL, and the empty prefixes its
 * partitioned UNLOADs write to first), Athena results.
 */
const LAKE_PREFIXES = [
  'traffic/',
  'inventory/',
  'config/',
  'series_daily/',
  'quality_daily/',
  'inventory_links/',
  'rollup-staging/',
  'athena-results/',
];

/** What the pipeline needs from the data and alerting stacks. */
export interface PipelineStackProps extends StackProps {
  readonly stage: StageConfig;
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
  private readonly lake: s3.IBucket;
  private readonly reports: s3.IBucket;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { stage } = props;
    // By name, not by reference: ARNs stay literal in this stack.
    this.lake = s3.Bucket.fromBucketName(
      this,
      'LakeBucket',
      bucketName(stage, 'lake'),
    );
    this.reports = s3.Bucket.fromBucketName(
      this,
      'ReportBucket',
      bucketName(stage, 'reports'),
    );
    const common = {
      environment: {
        HEADROOM_LAKE_BUCKET: this.lake.bucketName,
        HEADROOM_REPORT_BUCKET: this.reports.bucketName,
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
      lakeBucket: this.lake,
      databaseName: props.databaseName,
      workGroupName: props.workGroupName,
    };
    // Both functions write the inventory the SQL reads; the forecast
    // does not roll up (one run rolls up once) but keeps the same access,
    // so that a manual replay with a rollup stays possible.
    const statements = lakeStatements(this, {
      ...lake,
      tables: ['traffic', 'inventory_links', 'series_daily', 'quality_daily'],
      readPrefixes: LAKE_PREFIXES.slice(0, 3),
      writePrefixes: LAKE_PREFIXES.slice(3, 7),
    });
    for (const fn of [this.rollup, this.forecast]) {
      for (const statement of statements) fn.role.addToPolicy(statement);
    }
    for (const statement of reportStatements(this.reports)) {
      this.forecast.role.addToPolicy(statement);
    }
    props.alertsTopic.grantPublish(this.forecast.role);
    acknowledgePipelineFindings(
      this,
      props.stage,
      [this.rollup, this.forecast],
      [
        { bucket: 'lake', prefixes: LAKE_PREFIXES },
        { bucket: 'reports', prefixes: ['reports/', 'state/'] },
      ],
    );
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
