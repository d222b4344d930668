import { Annotations, App, type Stack, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AlertingStack } from './stacks/alerting-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { PipelineStack } from './stacks/pipeline-stack.ts';
import { ReportWafStack } from './stacks/report-waf.ts';
import { checkStage } from './stage-check.ts';
import type { StageConfig } from './stage-config.ts';
import { addStageOutputs } from './stage-outputs.ts';
import { stagePlaceholders } from './stage-placeholders.ts';
import { STAGE_CONFIGS, type StageName } from './stages.ts';

/** The stacks of one stage. */
export interface HeadroomStacks {
  /** The reports' WAF allow-list, in us-east-1. */
  readonly reportWaf: ReportWafStack;
  readonly data: DataStack;
  readonly alerting: AlertingStack;
  readonly pipeline: PipelineStack;
}

/**
 * Adds one stage's stacks to an app. Stacks name their region (the
 * stage's, and us-east-1 for the WAF web ACL CloudFront requires there,
 * read by the data stack through `crossRegionReferences`) but no account,
 * and make no lookups, so `cdk synth` works offline without credentials;
 * `cdk deploy` takes the account from the credentials in use.
 *
 * @param app - the CDK app
 * @param stage - the stage's configuration
 * @param options - `sourceMaps`: ship source maps in the Lambda bundles
 * @returns the stacks, for tests
 * @example
 * addHeadroomStage(new App(), STAGE_CONFIGS.dev);
 */
export function addHeadroomStage(
  app: App,
  stage: StageConfig,
  options: { readonly sourceMaps?: boolean } = {},
): HeadroomStacks {
  checkStage(stage);
  const prefix = `Headroom-${stage.name}`;
  const env = { region: stage.region };
  const { reportWaf, data } = addDataStacks(app, prefix, stage);
  const alerting = new AlertingStack(app, `${prefix}-Alerting`, {
    stage,
    env,
  });
  const pipeline = new PipelineStack(app, `${prefix}-Pipeline`, {
    stage,
    env,
    databaseName: data.databaseName,
    workGroupName: data.workGroupName,
    alertsTopic: alerting.alertsTopic,
    operationsTopic: alerting.operationsTopic,
    reportBaseUrl: data.reportDistribution.baseUrl,
    sourceMaps: options.sourceMaps,
  });
  // The pipeline names the buckets, workgroup and tables; deploy it last.
  pipeline.addStackDependency(data);
  pipeline.addStackDependency(alerting);
  acknowledgeStrongReferences([data, pipeline]);
  const signInStack = data.reportSignIn?.edgeStack;
  const all = [reportWaf, data, alerting, pipeline];
  tagStacks(signInStack ? [...all, signInStack] : all, stage);
  const stacks = { reportWaf, data, alerting, pipeline };
  addStageOutputs(stacks);
  for (const warning of stagePlaceholders(stage)) {
    Annotations.of(alerting).addWarningV2('headroom:placeholder', warning);
  }
  return stacks;
}

/**
 * The reports' WAF web ACL, in us-east-1, and the data stack, in the
 * stage's region, which reads the ACL's ARN from there.
 */
function addDataStacks(
  app: App,
  prefix: string,
  stage: StageConfig,
): { reportWaf: ReportWafStack; data: DataStack } {
  const reportWaf = new ReportWafStack(app, `${prefix}-ReportWaf`, {
    env: { region: 'us-east-1' },
    allowedCidrs: stage.reportAllowedCidrs,
  });
  const data = new DataStack(app, `${prefix}-Data`, {
    stage,
    env: { region: stage.region },
    crossRegionReferences: true,
    reportWebAclArn: reportWaf.webAclArn,
    reportIpv6: reportWaf.ipv6,
  });
  data.addStackDependency(reportWaf);
  return { reportWaf, data };
}

/**
 * Accepts the CDK's warning on strong cross-stack references where they
 * are meant: the pipeline reads the topics and the reports' URL; the data
 * stack reads the WAF web ACL's ARN from us-east-1.
 */
function acknowledgeStrongReferences(consumers: readonly Stack[]): void {
  for (const consumer of consumers) {
    Validations.of(consumer).acknowledge({
      id: 'Annotation::@aws-cdk/core:crossStackReferencesDefaultStrong',
      reason:
        'Strong references are intended: the topics, the distribution and ' +
        'the web ACL must outlive what uses them.',
    });
  }
}

/** Tags every resource of the stacks with the project and the stage. */
function tagStacks(stacks: readonly Stack[], stage: StageConfig): void {
  for (const stack of stacks) {
    Tags.of(stack).add('project', 'headroom');
    Tags.of(stack).add('stage', stage.name);
  }
}

/**
 * The stage named by `-c stage=…` (default `dev`).
 *
 * @param app - the CDK app
 * @returns the stage's configuration
 * @example
 * stageFromContext(app).name; // 'dev'
 */
export function stageFromContext(app: App): StageConfig {
  const name = String(app.node.tryGetContext('stage') ?? 'dev');
  if (!(name in STAGE_CONFIGS)) {
    throw new Error(
      `expected -c stage=${Object.keys(STAGE_CONFIGS).join('|')}, got ${name}`,
    );
  }
  return STAGE_CONFIGS[name as StageName];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = new App();
  // Source maps quadruple the bundles; ship them only when asked.
  const sourceMaps = String(app.node.tryGetContext('sourceMaps')) === 'true';
  addHeadroomStage(app, stageFromContext(app), { sourceMaps });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
}
