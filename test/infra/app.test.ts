import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HeadroomStacks } from '../../infra/app.ts';
import { buildStage } from './build-stage.ts';

// One real synth, with esbuild bundling, shared by every test here.
let app: App;
let stacks: HeadroomStacks;
let templates: Template[];
beforeAll(() => {
  ({ app, stacks } = buildStage({ bundle: true }));
  templates = Object.values(stacks).map((stack) => Template.fromStack(stack));
});

function resourcesOf(type: string) {
  return templates.flatMap((t) => Object.values(t.findResources(type)));
}

describe('Headroom app', () => {
  it('has no unacknowledged cdk-nag AwsSolutions findings', () => {
    // Act
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const found = report.violations.map((v) => ({
      rule: v.ruleName,
      severity: v.severity,
      at: v.violatingResources.map((r) => r.constructPath),
    }));
    // Assess
    expect(found.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it('runs every function on Node.js 22, arm64, with log retention', () => {
    // Act: the CDK's own cross-region export handlers (a writer and a
    // reader) are not ours, nor within reach of the app (docs/runbook.md,
    // "After the first deploy").
    const all = resourcesOf('AWS::Lambda::Function');
    const functions = all.filter(
      (f) => !JSON.stringify(f.Properties.Role).includes('CrossRegionExport'),
    );
    const groups = resourcesOf('AWS::Logs::LogGroup');
    // Assess
    expect(all.length - functions.length).toBe(2);
    expect(functions.length).toBeGreaterThanOrEqual(2);
    for (const fn of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.LoggingConfig?.LogGroup).toBeDefined();
    }
    for (const group of groups) {
      expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
    }
  });

  it('grants no wildcard action and no action on every resource', () => {
    // Prepare: the state machine's log delivery and X-Ray tracing, which
    // support no resource-level permissions.
    const unscoped =
      /^(logs:[A-Za-z]*(LogDelivery|LogDeliveries|ResourcePolic(y|ies)|LogGroups)|xray:)/;
    // Act
    const statements = resourcesOf('AWS::IAM::Policy').flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    const list = (x: unknown) => (Array.isArray(x) ? x : [x]);
    // Assess
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) {
      const actions = list(statement.Action) as string[];
      expect(actions.filter((a) => a === '*' || a.endsWith(':*'))).toEqual([]);
      if (list(statement.Resource).includes('*')) {
        expect(actions.filter((a) => !unscoped.test(a))).toEqual([]);
      }
    }
  });

  it('puts the WAF in us-east-1, the rest in the stage region, and gives the functions the reports URL', () => {
    // Act
    const pipeline = Template.fromStack(stacks.pipeline);
    const cdn = Template.fromStack(stacks.data).findResources(
      'AWS::CloudFront::Distribution',
    );
    const urls = Object.values(
      pipeline.findResources('AWS::Lambda::Function'),
    ).map((f) => f.Properties.Environment?.Variables?.HEADROOM_REPORT_BASE_URL);
    // Assess
    expect(stacks.reportWaf.region).toBe('us-east-1');
    for (const stack of [stacks.data, stacks.alerting, stacks.pipeline]) {
      expect(stack.region).toBe('eu-west-1');
    }
    expect(Object.keys(cdn)).toHaveLength(1);
    expect(urls).toHaveLength(5);
    for (const url of urls) {
      expect(JSON.stringify(url)).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",/);
      expect(JSON.stringify(url)).toContain('ReportsCdn');
    }
  });

  it('bundles each function into one ESM file under 5 MB', () => {
    // Act
    const assembly = app.synth();
    const sizes = stacks.pipeline.node
      .findAll()
      .filter((c) => c.node.id === 'Function')
      .map((c) => {
        const asset = (
          c.node.findChild('Code') as unknown as {
            assetPath: string;
          }
        ).assetPath;
        return statSync(join(assembly.directory, asset, 'index.mjs')).size;
      });
    // Assess
    expect(sizes).toHaveLength(5);
    for (const size of sizes) {
      expect(size).toBeGreaterThan(10_000);
      expect(size).toBeLessThan(5 * 1024 * 1024);
    }
  });
});
