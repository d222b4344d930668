import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { toSubject } from '#lib/adapters/aws/sns-notifier';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { DEFAULT_CONFIG } from '#lib/config';
import type { Message } from '#lib/domain/message';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { generateSample } from '#lib/sample/generate-sample';
import { buildLocalDeps } from '#lib/wiring/local';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { fakeAthena } from './fake-athena.ts';

const AS_OF = '2026-11-26';
const quiet = { info() {}, warn() {}, error() {} };
let dir: string;
let s3: LocalS3;
let duck: DuckDbQueryEngine;
const sns = mockClient(SNSClient);

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forecast-lambda-'));
  await generateSample({
    out: join(dir, 'sample'),
    links: 12,
    days: 120,
    seed: 7,
    end: '2026-11-25',
  });
  await cp(join(dir, 'sample/lake'), join(dir, 'local-lake'), {
    recursive: true,
  });
  await cp(join(dir, 'sample/lake'), join(dir, 'aws-lake'), {
    recursive: true,
  });
  // The local run, as `headroom run` does it.
  const local = await buildLocalDeps({
    lake: join(dir, 'local-lake'),
    inventory: join(dir, 'sample/inventory'),
    out: join(dir, 'local-out'),
    config: DEFAULT_CONFIG,
    log: quiet,
    memoryLimit: '1GB',
  });
  await runPipeline(local, { asOf: AS_OF });
  await local.engine.close();
  // The AWS side: the lake and inventory in s3rver, Athena on DuckDB.
  s3 = await startS3rver(['lake', 'reports']);
  for (const key of await files(join(dir, 'aws-lake'))) {
    await s3.client.send(
      new PutObjectCommand({
        Bucket: 'lake',
        Key: key,
        Body: await readFile(join(dir, 'aws-lake', key)),
      }),
    );
  }
  const inventory = new S3ObjectStore(s3.client, 'lake', 'inventory/');
  for (const name of await readdir(join(dir, 'sample/inventory'))) {
    const stem = name.replace(/\.csv$/, '');
    await inventory.put(
      `${stem}/${name}`,
      await readFile(join(dir, 'sample/inventory', name)),
    );
  }
  duck = await DuckDbQueryEngine.create({
    lakeDir: join(dir, 'aws-lake'),
    inventoryDir: join(dir, 'sample/inventory'),
    memoryLimit: '1GB',
  });
  fakeAthena(duck, join(dir, 'aws-lake'), s3.client);
  sns.on(PublishCommand).callsFake(async () => ({ MessageId: 'sns-1' }));
  Object.assign(process.env, {
    HEADROOM_LAKE_BUCKET: 'lake',
    HEADROOM_REPORT_BUCKET: 'reports',
    HEADROOM_WORKGROUP: 'headroom-test',
    HEADROOM_DATABASE: 'headroom_test',
    HEADROOM_ALERTS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:alerts',
    HEADROOM_S3_ENDPOINT: s3.endpoint,
    // The stack passes the distribution's URL; here the local run's folder,
    // so that both runs' messages link alike.
    HEADROOM_REPORT_BASE_URL: `${pathToFileURL(join(dir, 'local-out')).href}/`,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
}, 300_000);

afterAll(async () => {
  await duck?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('forecast Lambda', () => {
  it('writes the same reports and sends the same messages as the local run', async () => {
    // Prepare
    const { handler } = await import('../../functions/forecast.ts');
    const context = {
      functionName: 'headroom-test-forecast',
      awsRequestId: 'req-1',
      getRemainingTimeInMillis: () => 900_000,
    } as unknown as Context;
    const reports = new S3ObjectStore(s3.client, 'reports');
    const text = async (key: string) =>
      new TextDecoder().decode(await reports.get(key));
    // Act
    const result = await handler({ asOf: AS_OF }, context);
    // Assess
    expect(result.asOf).toBe(AS_OF);
    for (const name of ['forecasts.csv', 'alerts.json', 'data-quality.json']) {
      const local = await readFile(
        join(dir, 'local-out/reports', AS_OF, name),
        'utf8',
      );
      expect(await text(`reports/${AS_OF}/${name}`)).toBe(local);
      expect(await text(`reports/latest/${name}`)).toBe(local);
    }
    const outbox = join(dir, 'local-out/outbox', AS_OF);
    const expected = await Promise.all(
      (await readdir(outbox))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map(
          async (f) =>
            JSON.parse(await readFile(join(outbox, f), 'utf8')) as Message,
        ),
    );
    const sent = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      sent.map((m) => ({
        subject: m.Subject,
        body: m.Message,
        isp: m.MessageAttributes?.isp?.StringValue,
        severity: m.MessageAttributes?.severity?.StringValue,
      })),
    ).toEqual(
      expected.map((m) => ({
        subject: toSubject(m.subject),
        body: m.body,
        isp: m.attributes.isp,
        severity: m.attributes.severity,
      })),
    );
  });
});
