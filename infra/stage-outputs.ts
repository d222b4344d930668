import { CfnOutput, type Stack } from 'aws-cdk-lib';
import type { AlertingStack } from './stacks/alerting-stack.ts';
import type { DataStack } from './stacks/data-stack.ts';
import type { PipelineStack } from './stacks/pipeline-stack.ts';

/** A stack's outputs by id: each value and its description. */
type Outputs = Record<string, readonly [value: string, description: string]>;

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
  const latest = `${data.reportDistribution.origin}/reports/latest/index.html`;
  addOutputs(data, {
    LakeBucketName: [
      data.lakeBucket.bucketName,
      'the lake: traffic/, inventory/, config/',
    ],
    ReportBucketName: [
      data.reportBucket.bucketName,
      'reports/, state/, locks/',
    ],
    ReportUrl: [latest, 'the latest report, through CloudFront'],
    AthenaWorkGroup: [data.workGroupName, 'the Athena workgroup'],
  });
  addOutputs(alerting, {
    AlertsTopicArn: [alerting.alertsTopic.topicArn, 'capacity alerts (SNS)'],
    OperationsTopicArn: [
      alerting.operationsTopic.topicArn,
      'failures and alarms (SNS)',
    ],
  });
  const { run, backtestMachine } = pipeline;
  addOutputs(pipeline, {
    RunStateMachineArn: [run.stateMachine.stateMachineArn, 'the daily run'],
    BacktestStateMachineArn: [
      backtestMachine.stateMachine.stateMachineArn,
      'the monthly backtest',
    ],
  });
}

/** Adds each output to the stack. */
function addOutputs(stack: Stack, outputs: Outputs): void {
  for (const [id, [value, description]] of Object.entries(outputs)) {
    new CfnOutput(stack, id, { value, description });
  }
}
