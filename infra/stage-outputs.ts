import { CfnOutput } from 'aws-cdk-lib';
import type { AlertingStack } from './stacks/alerting-stack.ts';
import type { DataStack } from './stacks/data-stack.ts';
import type { PipelineStack } from './stacks/pipeline-stack.ts';

/**
 * The stack outputs an operator needs after `cdk deploy` (README "Deploy
 * to AWS"): where to upload the inventory and traffic, where reports and
 * state land, the reports' URL, the state machines to start by hand and
 * the topics to subscribe more addresses to. `cdk deploy --outputs-file`
 * writes them to a file; `aws cloudformation describe-stacks` reads them
 * later. Names carry the account and region, which synth does not know.
 *
 * @param stacks - one stage's data, alerting and pipeline stacks
 * @example
 * addStageOutputs({ data, alerting, pipeline });
 */
export function addStageOutputs({
  data,
  alerting,
  pipeline,
}: {
  readonly data: DataStack;
  readonly alerting: AlertingStack;
  readonly pipeline: PipelineStack;
}): void {
  const outputs = [
    [
      data,
      'LakeBucketName',
      data.lakeBucket.bucketName,
      'the lake: traffic/, inventory/, config/',
    ],
    [
      data,
      'ReportBucketName',
      data.reportBucket.bucketName,
      'reports/, state/, locks/',
    ],
    [
      data,
      'ReportUrl',
      `${data.reportDistribution.origin}/reports/latest/index.html`,
      'the latest report, through CloudFront',
    ],
    [data, 'AthenaWorkGroup', data.workGroupName, 'the Athena workgroup'],
    [
      alerting,
      'AlertsTopicArn',
      alerting.alertsTopic.topicArn,
      'capacity alerts (SNS)',
    ],
    [
      alerting,
      'OperationsTopicArn',
      alerting.operationsTopic.topicArn,
      'failures and alarms (SNS)',
    ],
    [
      pipeline,
      'RunStateMachineArn',
      pipeline.run.stateMachine.stateMachineArn,
      'the daily run',
    ],
    [
      pipeline,
      'BacktestStateMachineArn',
      pipeline.backtestMachine.stateMachine.stateMachineArn,
      'the monthly backtest',
    ],
  ] as const;
  for (const [stack, id, value, description] of outputs) {
    new CfnOutput(stack, id, { value, description });
  }
}
