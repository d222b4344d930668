import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PipelineFunction } from '../../../infra/constructs/pipeline-function.ts';

/** One bundled function, with or without source maps; its asset folder. */
function bundle(sourceMaps: boolean) {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-fn-')) });
  const stack = new Stack(app, 'Fn');
  const fn = new PipelineFunction(stack, 'Publish', {
    functionName: 'headroom-test-publish',
    entry: 'functions/publish.ts',
    memorySize: 1024,
    timeout: Duration.minutes(1),
    environment: {},
    logRetention: 14,
    removalPolicy: RemovalPolicy.DESTROY,
    sourceMaps,
  });
  const asset = (
    fn.function.node.findChild('Code') as unknown as { assetPath: string }
  ).assetPath;
  const folder = join(app.synth().directory, asset);
  return { folder, template: Template.fromStack(stack) };
}

// Bundling is slow on a busy machine: both bundles in the (longer) hook.
let plain: ReturnType<typeof bundle>;
let mapped: ReturnType<typeof bundle>;
beforeAll(() => {
  plain = bundle(false);
  mapped = bundle(true);
});

describe('PipelineFunction', () => {
  it('ships no source map by default', () => {
    // Act
    const { folder, template } = plain;
    // Assess
    expect(existsSync(join(folder, 'index.mjs'))).toBe(true);
    expect(existsSync(join(folder, 'index.mjs.map'))).toBe(false);
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
  });

  it('ships a source map and enables it when asked', () => {
    // Act
    const { folder, template } = mapped;
    // Assess
    expect(existsSync(join(folder, 'index.mjs.map'))).toBe(true);
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Environment.Variables.NODE_OPTIONS).toBe(
      '--enable-source-maps',
    );
  });
});
