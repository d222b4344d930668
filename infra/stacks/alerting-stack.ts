import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { STAGES } from '#lib/domain/vocabulary';
import { functionName, type StageConfig, workGroupName } from '../stages.ts';
import { filterPolicyOf } from './filter-policy.ts';

/** Props of the alerting stack. */
export interface AlertingStackProps extends StackProps {
  readonly stage: StageConfig;
}

/**
 * The topics and alarms: `alerts` carries capacity alerts to managers
 * (each subscription filtered by isp/region/severity/owner), `operations`
 * carries failures and alarms to whoever runs Headroom. Alarms find the
 * functions and workgroup by their fixed names, so this stack does not
 * depend on the pipeline stack (which publishes to these topics).
 */
export class AlertingStack extends Stack {
  readonly alertsTopic: sns.Topic;
  readonly operationsTopic: sns.Topic;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AlertingStackProps) {
    super(scope, id, props);
    const { stage } = props;
    this.key = new kms.Key(this, 'TopicKey', {
      description: `Headroom ${stage.name} SNS topics`,
      enableKeyRotation: true,
    });
    // CloudWatch alarms publish to the encrypted operations topic.
    this.key.grant(
      new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    const topic = (name: string) =>
      new sns.Topic(this, name, {
        topicName: `headroom-${stage.name}-${name.toLowerCase()}`,
        masterKey: this.key,
        enforceSSL: true,
      });
    this.alertsTopic = topic('Alerts');
    this.operationsTopic = topic('Operations');
    for (const { email, filter } of stage.alertEmails) {
      this.alertsTopic.addSubscription(
        new subscriptions.EmailSubscription(email, {
          filterPolicy: filter ? filterPolicyOf(filter) : undefined,
        }),
      );
    }
    for (const email of stage.operationsEmails) {
      this.operationsTopic.addSubscription(
        new subscriptions.EmailSubscription(email),
      );
    }
    this.addAlarms(stage);
  }

  private addAlarms(stage: StageConfig): void {
    const notify = new actions.SnsAction(this.operationsTopic);
    for (const step of STAGES) {
      const dimensionsMap = { FunctionName: functionName(stage, step) };
      const errors = new cloudwatch.Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensionsMap,
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
      errors
        .createAlarm(this, `${step}-errors`, {
          alarmDescription: `${dimensionsMap.FunctionName} failed`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator:
            cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        })
        .addAlarmAction(notify);
    }
    this.forecastStaleAlarm(stage).addAlarmAction(notify);
    this.scanAlarm(stage).addAlarmAction(notify);
  }

  /** No successful forecast run for 26 hours (13 periods of 2 hours). */
  private forecastStaleAlarm(stage: StageConfig): cloudwatch.Alarm {
    const dimensionsMap = { FunctionName: functionName(stage, 'forecast') };
    const metric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/Lambda',
        metricName,
        dimensionsMap,
        statistic: 'Sum',
        period: Duration.hours(2),
      });
    const successes = new cloudwatch.MathExpression({
      expression: 'FILL(invocations, 0) - FILL(errors, 0)',
      usingMetrics: {
        invocations: metric('Invocations'),
        errors: metric('Errors'),
      },
      period: Duration.hours(2),
      label: 'successful forecast runs',
    });
    return successes.createAlarm(this, 'forecast-stale', {
      alarmDescription: `${dimensionsMap.FunctionName}: no success for 26 h`,
      threshold: 1,
      evaluationPeriods: 13,
      datapointsToAlarm: 13,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      // No data at all means no run at all: that is the failure we watch.
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }

  /** Bytes Athena processed in the workgroup per day, above the budget. */
  private scanAlarm(stage: StageConfig): cloudwatch.Alarm {
    const metric = (QueryState: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/Athena',
        metricName: 'ProcessedBytes',
        dimensionsMap: {
          WorkGroup: workGroupName(stage),
          QueryState,
          QueryType: 'DML',
        },
        statistic: 'Sum',
        period: Duration.days(1),
      });
    const scanned = new cloudwatch.MathExpression({
      expression: 'FILL(ok, 0) + FILL(failed, 0) + FILL(cancelled, 0)',
      usingMetrics: {
        ok: metric('SUCCEEDED'),
        failed: metric('FAILED'),
        cancelled: metric('CANCELLED'),
      },
      period: Duration.days(1),
      label: 'bytes scanned per day',
    });
    return scanned.createAlarm(this, 'athena-scanned', {
      alarmDescription: `Athena scanned more than ${stage.dailyScanAlarmBytes} bytes in a day`,
      threshold: stage.dailyScanAlarmBytes,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
