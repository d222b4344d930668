import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { uploadFolder } from '../helpers/upload-folder.ts';
import { fakeAthena } from './fake-athena.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';
import { writeSmallSample } from './small-sample.ts';

const context = lambdaContext('headroom-test-rollup');
let dir: string;
let s3: LocalS3;
let duck: DuckDbQueryEngine;
let athena: ReturnType<typeof fakeAthena>;
let lake: S3ObjectStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollup-lambda-'));
  await writeSmallSample(join(dir, 'sample'));
  await cp(join(dir, 'sample/lake'), join(dir, 'lake'), { recursive: true });
  s3 = await startS3rver(['lake', 'reports']);
  lake = new S3ObjectStore(s3.client, 'lake');
  await uploadFolder(lake, join(dir, 'lake'));
  await lake.put(
    'inventory/links/links.csv',
    await readFile(join(dir, 'sample/inventory/links.csv')),
  );
  duck = await DuckDbQueryEngine.create({
    lakeDir: join(dir, 'lake'),
    memoryLimit: '1GB',
  });
  athena = fakeAthena(duck, join(dir, 'lake'), s3.client);
  Object.assign(process.env, lambdaEnv(s3.endpoint));
}, 120_000);

beforeEach(() => {
  athena.resetHistory();
});

afterAll(async () => {
  await duck?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The texts of the UNLOADs sent to Athena since the last reset. */
const unloads = () =>
  athena
    .commandCalls(StartQueryExecutionCommand as never)
    .map((c) =>
      String((c.args[0].input as { QueryString: string }).QueryString),
    )
    .filter((q) => q.startsWith('UNLOAD'));

describe('rollup Lambda', () => {
  it('rolls up every day before as-of into series_daily, marked done', async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    // Act
    const summary = await handler({ asOf: '2026-11-26' }, context);
    // Assess: one partitioned UNLOAD per output for the whole batch of days
    expect(summary).toMatchObject({
      asOf: '2026-11-26',
      days: ['2026-11-23', '2026-11-24', '2026-11-25'],
      batches: 1,
    });
    expect(unloads()).toHaveLength(2);
    const keys = await lake.list('series_daily/dt=2026-11-24/');
    expect(keys).toContain('series_daily/dt=2026-11-24/_SUCCESS');
    expect(keys.length).toBeGreaterThan(1);
    const marker = JSON.parse(
      new TextDecoder().decode(
        await lake.get('series_daily/dt=2026-11-24/_SUCCESS'),
      ),
    );
    expect(marker).toMatchObject({ dt: '2026-11-24', queryId: 'q-2' });
    expect(await lake.list('rollup-staging/')).toEqual([]);
  });

  it('re-runs only the days of the event, replacing them', async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    // Act
    const summary = await handler(
      { asOf: '2026-11-26', days: ['2026-11-24'] },
      context,
    );
    // Assess
    expect(summary).toMatchObject({ days: ['2026-11-24'] });
    expect(unloads()).toHaveLength(2);
    expect(unloads().every((q) => q.includes("dt IN ('2026-11-24')"))).toBe(
      true,
    );
  });

  it('rejects an event with a malformed day before touching the lake', async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    // Act
    const act = handler({ days: ['24/11/2026'] }, context);
    // Assess
    await expect(act).rejects.toThrow(/YYYY-MM-DD/);
    expect(athena.calls()).toHaveLength(0);
  });

  it("takes the as-of date's lock for the execution, and runs nothing when another holds it", async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    const [asOf, lock] = ['2026-11-27', 'locks/run-2026-11-27.lock'];
    // Act
    const first = await handler({ asOf, execution: 'arn:exec:1' }, context);
    const beforeAgain = athena.calls().length;
    const again = await handler({ asOf, execution: 'arn:exec:1' }, context);
    const beforeOther = athena.calls().length;
    const other = await handler({ asOf, execution: 'arn:exec:2' }, context);
    // Assess: its own lock (a redrive) rolls up; another's runs nothing
    expect(first).toMatchObject({ asOf, daysLeft: 0 });
    expect(again).toMatchObject({ asOf, daysLeft: 0 });
    expect(beforeOther).toBeGreaterThan(beforeAgain);
    expect(other).toEqual({
      asOf,
      skipped: `${lock} is held by arn:exec:1: this date has run or is running; delete the lock to run it again`,
    });
    expect(athena.calls()).toHaveLength(beforeOther);
    const holder = await new S3ObjectStore(s3.client, 'reports').get(lock);
    expect(new TextDecoder().decode(holder)).toBe('arn:exec:1');
  });
});
