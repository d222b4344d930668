import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AlertingStack } from './stacks/alerting-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { PipelineStack } from './stacks/pipeline-stack.ts';
import { STAGE_CONFIGS, type StageConfig, type StageName } from './stages.ts';

/** The three stacks of one stage. */
export interface HeadroomStacks {
  readonly data: DataStack;
  readonly alerting: AlertingStack;
  readonly pipeline: PipelineStack;
}

/**
 * Adds one stage's stacks to an app. Stacks are environment-agnostic (no
 * account, region or lookups), so `cdk synth` works offline.
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
  const prefix = `Headroom-${stage.name}`;
  const data = new DataStack(app, `${prefix}-Data`, { stage });
  const alerting = new AlertingStack(app, `${prefix}-Alerting`, { stage });
  const pipeline = new PipelineStack(app, `${prefix}-Pipeline`, {
    stage,
    databaseName: data.databaseName,
    workGroupName: data.workGroupName,
    alertsTopic: alerting.alertsTopic,
    operationsTopic: alerting.operationsTopic,
    sourceMaps: options.sourceMaps,
  });
  // The pipeline names the buckets, workgroup and tables; deploy it last.
  pipeline.addStackDependency(data);
  pipeline.addStackDependency(alerting);
  Validations.of(pipeline).acknowledge({
    id: 'Annotation::@aws-cdk/core:crossStackReferencesDefaultStrong',
    reason:
      'Strong references are intended: the topics must outlive the ' +
      'functions that publish to them.',
  });
  for (const stack of [data, alerting, pipeline]) {
    Tags.of(stack).add('project', 'headroom');
    Tags.of(stack).add('stage', stage.name);
  }
  return { data, alerting, pipeline };
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
