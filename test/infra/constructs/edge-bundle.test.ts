import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { App, Stack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeBundle } from '../../../infra/constructs/edge-bundle.ts';

const PARAMETER = '/headroom/test/report-sign-in';

// The sign-in handler bundled for real, once.
let bundle: string;
beforeAll(() => {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-out-')) });
  const stack = new Stack(app, 'Edge', { env: { region: 'us-east-1' } });
  const code = edgeBundle('functions/report-sign-in.ts', {
    SIGN_IN_PARAMETER: PARAMETER,
    SIGN_IN_PARAMETER_REGION: 'eu-west-1',
  });
  const config = code.bind(stack);
  const dir = join(
    app.outdir,
    `asset.${config.s3Location?.objectKey.replace(/\.zip$/, '')}`,
  );
  bundle = readFileSync(join(dir, 'index.js'), 'utf8');
});

describe('edgeBundle', () => {
  it('bakes the constants in as literals', () => {
    // Assess
    expect(bundle).toContain(JSON.stringify(PARAMETER));
    expect(bundle).toContain('"eu-west-1"');
    expect(bundle).not.toMatch(/SIGN_IN_PARAMETER/);
  });

  it('stays well under the 1 MB viewer-request limit, compressed', () => {
    // Assess: deflate, as in the zip CloudFormation deploys.
    expect(deflateRawSync(bundle).length).toBeLessThan(512 * 1024);
  });

  it('refuses a value only known at deploy time', () => {
    // Prepare
    const stack = new Stack(new App(), 'Tokens');
    // Act
    const bundleIt = () =>
      edgeBundle('functions/report-sign-in.ts', { REGION: stack.region });
    // Assess
    expect(bundleIt).toThrow(/deploy time/);
  });
});
