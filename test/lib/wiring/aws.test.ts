import { Readable } from 'node:stream';
import { AthenaClient } from '@aws-sdk/client-athena';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { ConfigError } from '#lib/errors';
import { buildAwsDeps } from '#lib/wiring/aws';
import { AWS_ENV } from '#lib/wiring/aws-env';

const clients = {
  s3: new S3Client({ region: 'eu-west-1' }),
  athena: new AthenaClient({ region: 'eu-west-1' }),
  sns: new SNSClient({ region: 'eu-west-1' }),
};
const s3 = mockClient(clients.s3);
const ENV = {
  [AWS_ENV.lakeBucket]: 'lake',
  [AWS_ENV.reportBucket]: 'reports',
  [AWS_ENV.workGroup]: 'wg',
  [AWS_ENV.database]: 'db',
  [AWS_ENV.alertsTopicArn]: 'arn:aws:sns:eu-west-1:1:alerts',
};

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
