import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { Template } from 'aws-cdk-lib/assertions';
import type { Context } from 'aws-lambda';
import { type RunOptions, StateMachine } from 'aws-local-stepfunctions';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { parseConfig } from '#lib/config';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { generateSample } from '#lib/sample/generate-sample';
import { buildLocalDeps } from '#lib/wiring/local';
import {
  type Definition,
  type LocalTask,
  s3Tasks,
  withItemReaderShim,
} from '../helpers/local-state-machine.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { stateMachineDefinition } from '../helpers/state-machine-definition.ts';
import { buildStage } from '../infra/build-stage.ts';
import { fakeAthena } from './fake-athena.ts';

const AS_OF = '2026-11-26';
/**
 * Small shards, so that the sample's ISPs make four of them, one ISP
 * split by group over two (docs/architecture.md "Choosing shards").
 */
const CONFIG_JSON = JSON.stringify({ shards: { maxSeries: 7 } });
const PSEUDO = {
  'AWS::Partition': 'aws',
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'eu-west-1',
};
/** The report bucket's name as the stack gives it (the lock lives there). */
const REPORTS = 'headroom-dev-reports-123456789012-eu-west-1';
const LOCK = `locks/run-${AS_OF}.lock`;
const FILES = [
  'forecasts.csv',
  'forecasts.json',
  'alerts.json',
  'data-quality.json',
];
const quiet = { info() {}, warn() {}, error() {} };
const context = {
  functionName: 'headroom-test',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 900_000,
} as unknown as Context;
const sns = mockClient(SNSClient);
let dir: string;
let s3: LocalS3;
let duck: DuckDbQueryEngine;
let definition: Definition;
/** Every Lambda task's handler, by state name. */
let lambdas: Record<string, LocalTask>;

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

async function upload(bucket: string, folder: string, prefix = '') {
  for (const key of await files(folder)) {
    await s3.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${prefix}${key}`,
        Body: await readFile(join(folder, key)),
      }),
    );
  }
}

/** What an execution's output holds (its state after Publish). */
interface RunOutput {
  readonly asOf: string;
  readonly plan: { readonly runId: string; readonly shardCount: number };
  readonly published: { readonly asOf: string; readonly failed: number };
}
/** A run: as the interpreter returns it, with its output typed. */
type Run = { result: Promise<RunOutput>; abort: () => void };
/** The output a duplicate start ends with (README "The daily run on AWS"). */
const skipped = (holder: string) =>
  `${LOCK} is held by ${holder}: this date has run or is running; ` +
  'delete the lock to run it again';

/**
 * Runs the template's state machine locally with the given task handlers
 * (the S3 states' stand-ins unless `tasks` replaces them) as execution
 * `id`.
 */
function start(
  input: { asOf: string },
  tasks: Record<string, LocalTask> = lambdas,
  id?: string,
): Run {
  const { putObject, getObject, deleteObject, getJson } = s3Tasks(s3.client);
  const machine = new StateMachine(withItemReaderShim(definition));
  const startTime = new Date().toISOString();
  const options: RunOptions = {
    overrides: {
      taskResourceLocalHandlers: {
        LockRun: putObject,
        ReadLock: getObject,
        ReleaseLock: deleteObject,
        ShardsReadItems: getJson,
        ...tasks,
      } as never,
      // No back-off pauses in tests; the retry itself is the template's.
      retryIntervalOverrides: { Shard: 0, Rollup: 0, Plan: 0, Publish: 0 },
    },
    context: {
      Execution: {
        Id: id ?? `exec-${startTime}`,
        Name: 'test',
        StartTime: startTime,
      },
    },
  };
  return machine.run(input, options) as unknown as Run;
}

async function reportText(key: string): Promise<string> {
  const bytes = await new S3ObjectStore(s3.client, REPORTS).get(key);
  return new TextDecoder().decode(bytes);
}

async function localText(name: string): Promise<string> {
  return readFile(join(dir, 'local-out/reports', AS_OF, name), 'utf8');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'state-machine-'));
  await generateSample({
    out: join(dir, 'sample'),
    links: 12,
    days: 120,
    seed: 7,
    end: '2026-11-25',
  });
  for (const copy of ['local-lake', 'aws-lake']) {
    await cp(join(dir, 'sample/lake'), join(dir, copy), { recursive: true });
  }
  // The local CLI's run, as `headroom run` does it.
  const local = await buildLocalDeps({
    lake: join(dir, 'local-lake'),
    inventory: join(dir, 'sample/inventory'),
    out: join(dir, 'local-out'),
    config: parseConfig(CONFIG_JSON, 'test'),
    log: quiet,
    memoryLimit: '1GB',
  });
  await runPipeline(local, { asOf: AS_OF });
  await local.engine.close();
  // The AWS side: lake and inventory in s3rver, Athena on DuckDB.
  s3 = await startS3rver(['lake', REPORTS]);
  await upload('lake', join(dir, 'aws-lake'));
  for (const name of await readdir(join(dir, 'sample/inventory'))) {
    const stem = name.replace(/\.csv$/, '');
    await s3.client.send(
      new PutObjectCommand({
        Bucket: 'lake',
        Key: `inventory/${stem}/${name}`,
        Body: await readFile(join(dir, 'sample/inventory', name)),
      }),
    );
  }
  duck = await DuckDbQueryEngine.create({
    lakeDir: join(dir, 'aws-lake'),
    memoryLimit: '1GB',
  });
  fakeAthena(duck, join(dir, 'aws-lake'), s3.client);
  sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
  Object.assign(process.env, {
    HEADROOM_LAKE_BUCKET: 'lake',
    HEADROOM_REPORT_BUCKET: REPORTS,
    HEADROOM_WORKGROUP: 'headroom-test',
    HEADROOM_DATABASE: 'headroom_test',
    HEADROOM_ALERTS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:alerts',
    HEADROOM_S3_ENDPOINT: s3.endpoint,
    HEADROOM_CONFIG: CONFIG_JSON,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  const template = Template.fromStack(
    buildStage({ bundle: false }).stacks.pipeline,
  );
  definition = stateMachineDefinition(
    template,
    PSEUDO,
  ) as unknown as Definition;
  const lambda = async (path: string) => {
    const { handler } = await import(path);
    return (event: unknown) => handler(event, context);
  };
  lambdas = {
    Rollup: await lambda('../../functions/rollup.ts'),
    Plan: await lambda('../../functions/plan.ts'),
    Shard: await lambda('../../functions/shard.ts'),
    Publish: await lambda('../../functions/publish.ts'),
  };
}, 300_000);

afterAll(async () => {
  await duck?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the run state machine, locally', () => {
  it('runs four shards and publishes what the local CLI does', async () => {
    // Prepare
    const shards: string[] = [];
    const tasks = {
      ...lambdas,
      Shard: (event: { shard: string }) => {
        shards.push(event.shard);
        return lambdas.Shard!(event as never);
      },
    };
    // Act
    const output = await start({ asOf: AS_OF }, tasks).result;
    // Assess
    expect(output.plan.shardCount).toBe(4);
    expect(shards.sort()).toEqual(['s0001', 's0002', 's0003', 's0004']);
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    for (const name of FILES) {
      expect(await reportText(`reports/${AS_OF}/${name}`)).toBe(
        await localText(name),
      );
      expect(await reportText(`reports/latest/${name}`)).toBe(
        await localText(name),
      );
    }
    expect(sns.commandCalls(PublishCommand).length).toBeGreaterThan(0);
  }, 600_000);

  it('ends a second start for the same date as a success that runs nothing while one runs', async () => {
    // Prepare: the first execution waits in its rollup, holding the lock.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    let entered!: () => void;
    const inRollup = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = start(
      { asOf: AS_OF },
      {
        ...lambdas,
        Rollup: () => {
          entered();
          return new Promise(() => {});
        },
      },
      'exec-first',
    );
    await inRollup;
    let rollups = 0;
    const counted = {
      ...lambdas,
      Rollup: (event: never) => {
        rollups++;
        return lambdas.Rollup!(event);
      },
    };
    // Act
    const second: unknown = await start({ asOf: AS_OF }, counted).result;
    // Assess
    expect(second).toEqual({ asOf: AS_OF, skipped: skipped('exec-first') });
    expect(rollups).toBe(0);
    expect(await reportText(LOCK)).toBe('exec-first');
    first.abort();
    await expect(first.result).rejects.toThrow();
    expect(await reportText(LOCK)).toBe('exec-first');
  }, 120_000);

  it('runs on when the lock already holds its own id (a write whose answer was lost)', async () => {
    // Prepare: S3 made the lock, but its answer did not reach the
    // execution, so the write fails as a repeated one would.
    await s3.client.send(
      new PutObjectCommand({ Bucket: REPORTS, Key: LOCK, Body: 'exec-own' }),
    );
    // Act
    const output = await start({ asOf: AS_OF }, lambdas, 'exec-own').result;
    // Assess
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    expect(await reportText(`reports/latest/${FILES[0]}`)).toBe(
      await localText(FILES[0]!),
    );
    expect(await reportText(LOCK)).toBe('exec-own');
  }, 600_000);

  it("fails with the lock write's own error when no lock exists, releasing nothing", async () => {
    // Prepare: the write fails for another reason than a held lock.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    const { getObject, deleteObject } = s3Tasks(s3.client);
    const calls: string[] = [];
    const record =
      (name: string, task: LocalTask): LocalTask =>
      (input) => {
        calls.push(name);
        return task(input);
      };
    const tasks = {
      ...lambdas,
      LockRun: record('LockRun', async () => {
        throw Object.assign(new Error('Access Denied'), {
          name: 'S3.AccessDenied',
        });
      }),
      ReadLock: record('ReadLock', getObject as LocalTask),
      ReleaseLock: record('ReleaseLock', deleteObject as LocalTask),
      Rollup: record('Rollup', lambdas.Rollup!),
    };
    // Act
    const run = start({ asOf: AS_OF }, tasks).result;
    // Assess
    await expect(run).rejects.toMatchObject({
      cause: { name: 'S3.AccessDenied', message: 'Access Denied' },
    });
    expect(calls).toEqual(['LockRun', 'ReadLock']);
    expect(await new S3ObjectStore(s3.client, REPORTS).get(LOCK)).toBe(
      undefined,
    );
  }, 120_000);

  it('retries a shard that fails once and publishes the same outputs', async () => {
    // Prepare: an aborted run leaves its lock; the lifecycle rule (here
    // the test) removes it. The shard's first attempt does its work, then
    // the Lambda service fails the invocation.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    const before = await Promise.all(
      FILES.map((name) => reportText(`reports/${AS_OF}/${name}`)),
    );
    const attempts: string[] = [];
    const tasks = {
      ...lambdas,
      Shard: async (event: { shard: string }) => {
        attempts.push(event.shard);
        const result = await lambdas.Shard!(event as never);
        if (
          event.shard === 's0002' &&
          attempts.filter((s) => s === 's0002').length === 1
        ) {
          throw Object.assign(new Error('Service error'), {
            name: 'Lambda.ServiceException',
          });
        }
        return result;
      },
    };
    // Act
    const output = await start({ asOf: AS_OF }, tasks).result;
    // Assess
    expect(attempts.filter((s) => s === 's0002')).toHaveLength(2);
    expect(output.published.asOf).toBe(AS_OF);
    const after = await Promise.all(
      FILES.map((name) => reportText(`reports/${AS_OF}/${name}`)),
    );
    expect(after).toEqual(before);
    expect(after[0]).toBe(await localText(FILES[0]!));
  }, 600_000);

  it.each([
    ['a task error', 'StoreError', 'shard input missing'],
    ['a timeout', 'Sandbox.Timedout', 'Task timed out after 900.00 seconds'],
  ])(
    'fails the run on %s in one shard: no retry, no publish, lock released',
    async (_, name, message) => {
      // Prepare
      await s3.client.send(
        new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
      );
      const attempts: string[] = [];
      let published = 0;
      const tasks = {
        ...lambdas,
        Shard: async (event: { shard: string }) => {
          attempts.push(event.shard);
          if (event.shard === 's0003') {
            throw Object.assign(new Error(message), { name });
          }
          return lambdas.Shard!(event as never);
        },
        Publish: async (event: unknown) => {
          published++;
          return lambdas.Publish!(event as never);
        },
      };
      // Act
      const run = start({ asOf: AS_OF }, tasks).result;
      // Assess
      await expect(run).rejects.toThrow(
        new RegExp(`shard s0003 of run ${AS_OF}T\\d{6} failed: ${message}`),
      );
      expect(attempts.filter((s) => s === 's0003')).toHaveLength(1);
      expect(published).toBe(0);
      expect(await new S3ObjectStore(s3.client, REPORTS).get(LOCK)).toBe(
        undefined,
      );
    },
    600_000,
  );

  it('re-runs a date whose publish died while notifying without sending any alert twice', async () => {
    // Prepare: the notification state starts empty, so the run has
    // its two messages to send; the first run's publish hangs in its
    // second SNS call until the Lambda times out.
    const store = new S3ObjectStore(s3.client, REPORTS);
    await store.delete([LOCK, 'state/notifications.json']);
    const accepted: string[] = [];
    let calls = 0;
    let timedOut!: () => void;
    sns.reset();
    sns.on(PublishCommand).callsFake((input) => {
      calls++;
      if (calls === 2) {
        timedOut();
        return new Promise(() => {});
      }
      accepted.push(`${input.Subject}\n${input.Message}`);
      return Promise.resolve({ MessageId: `sns-${calls}` });
    });
    const dying = {
      ...lambdas,
      Publish: (event: unknown) =>
        new Promise((resolve, reject) => {
          timedOut = () =>
            reject(
              Object.assign(new Error('Task timed out after 900.00 seconds'), {
                name: 'Sandbox.Timedout',
              }),
            );
          lambdas.Publish!(event as never).then(resolve, reject);
        }),
    };
    // Act
    const first = start({ asOf: AS_OF }, dying).result;
    await expect(first).rejects.toThrow(/timed out/);
    const afterFirst = accepted.length;
    const second = await start({ asOf: AS_OF }).result;
    // Assess
    expect(afterFirst).toBe(1);
    expect(second.published).toMatchObject({ sent: 1, failed: 0 });
    expect(accepted).toHaveLength(2);
    expect(new Set(accepted).size).toBe(2);
  }, 600_000);
});
