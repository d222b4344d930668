import { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { ConfigError } from '#lib/errors';
import { buildAwsDeps } from '#lib/wiring/aws';
import { AWS_ENV } from '#lib/wiring/aws-env';
import { clients, ENV } from './aws-fixture.ts';

const s3 = mockClient(clients.s3);

beforeEach(() => {
  s3.reset();
});

describe('buildAwsDeps', () => {
  it('names the missing env var', async () => {
    // Prepare
    const { [AWS_ENV.workGroup]: _, ...env } = ENV;
    // Act
    const act = buildAwsDeps(env, { clients });
    // Assess
    await expect(act).rejects.toThrow(ConfigError);
    await expect(act).rejects.toThrow(/HEADROOM_WORKGROUP.*required/);
  });

  it('uses the defaults when the bucket has no configuration', async () => {
    // Prepare
    s3.on(GetObjectCommand).rejects(
      new NoSuchKey({ message: 'none', $metadata: {} }),
    );
    // Act
    const deps = await buildAwsDeps(ENV, { clients });
    // Assess
    expect(deps.config).toEqual(DEFAULT_CONFIG);
    expect(s3).toReceiveCommandWith(GetObjectCommand, {
      Bucket: 'lake',
      Key: 'config/headroom.json',
    });
  });

  it('validates the configuration read from S3', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({
      Body: sdkStreamMixin(Readable.from(['{"horizonDayz": 90}'])),
    });
    // Act
    const act = buildAwsDeps(ENV, { clients });
    // Assess
    await expect(act).rejects.toThrow(/config\/headroom.json.*horizonDayz/);
  });

  it('rejects a configuration in S3 that is not UTF-8, naming its line and byte', async () => {
    // Prepare: an owner with a Latin-1 é
    s3.on(GetObjectCommand).resolves({
      Body: sdkStreamMixin(
        Readable.from([
          Buffer.concat([
            Buffer.from('{"owners":\n {"default": "caf'),
            Buffer.from([0xe9]),
            Buffer.from('"}}'),
          ]),
        ]),
      ),
    });
    // Act
    const act = buildAwsDeps(ENV, { clients });
    // Assess
    await expect(act).rejects.toThrow(ConfigError);
    await expect(act).rejects.toThrow(
      /config\/headroom.json, line 2: is not UTF-8 text: byte 0xE9/,
    );
  });

  it('prefers the configuration in the environment', async () => {
    // Act
    const deps = await buildAwsDeps(
      { ...ENV, [AWS_ENV.config]: '{"horizonDays": 90}' },
      { clients },
    );
    // Assess
    expect(deps.config.horizonDays).toBe(90);
    expect(s3).not.toReceiveCommand(GetObjectCommand);
  });
});
