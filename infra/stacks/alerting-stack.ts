import { Stack, type StackProps } from 'aws-cdk-lib';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { PIPELINE_FUNCTIONS } from '#lib/domain/vocabulary';
import { removalPolicyOf } from '../removal-policy.ts';
import { functionName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { alarmOnAny } from './alarm-on-any.ts';
import {
  forecastStaleAlarm,
  notificationFailedAlarm,
  scanAlarm,
} from './alarms.ts';
import { filterPolicyOf } from './filter-policy.ts';
import { functionErrors } from './function-errors.ts';
import { addRunAlerts } from './run-alerts.ts';

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
      // Kept with prod's stacks; a throw-away stage's is scheduled for
      // deletion (30 days) instead of billing on after `cdk destroy`.
      removalPolicy: removalPolicyOf(stage),
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
    addRunAlerts(this, stage, this.operationsTopic, this.key);
  }

  private addAlarms(stage: StageConfig): void {
    const notify = new actions.SnsAction(this.operationsTopic);
    for (const step of PIPELINE_FUNCTIONS) {
      alarmOnAny(
        this,
        stage,
        `${step}-errors`,
        functionErrors(stage, step),
        `${functionName(stage, step)} failed`,
      ).addAlarmAction(notify);
    }
    forecastStaleAlarm(this, stage).addAlarmAction(notify);
    scanAlarm(this, stage).addAlarmAction(notify);
    notificationFailedAlarm(this, stage).addAlarmAction(notify);
  }
}
