import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addHeadroomStage, type HeadroomStacks } from '../../infra/app.ts';
import type { StageConfig } from '../../infra/stage-config.ts';
import { STAGE_CONFIGS } from '../../infra/stages.ts';

/**
 * The dev stage's stacks in a fresh app writing to a temporary folder.
 * Without `bundle`, Lambda code is not bundled (the CDK's
 * `aws:cdk:bundling-stacks` context), which keeps stack tests fast; the
 * app test bundles for real.
 *
 * @param options - whether to bundle, and the stage
 * @returns the app and its stacks
 * @example
 * const { stacks } = buildStage({ bundle: false });
 */
export function buildStage(options: { bundle: boolean; stage?: StageConfig }): {
  app: App;
  stacks: HeadroomStacks;
} {
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-out-')),
    context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const stacks = addHeadroomStage(app, options.stage ?? STAGE_CONFIGS.dev);
  return { app, stacks };
}
