import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import {
  BACKTEST_RANGE,
  CROSSING,
  DAYS,
  FLAT,
  GROWING,
  START,
  useBacktest,
  writeBacktestLake,
} from '../lib/pipeline/run-backtest-fixture.ts';
import { fakeAthena } from './fake-athena.ts';
import { lambdaEnv } from './lambda-env.ts';

const context = {
  functionName: 'headroom-test-backtest',
  awsRequestId: 'r-1',
  getRemainingTimeInMillis: () => 900_000,
} as unknown as Context;
const LAST_DAY = addDays(START, DAYS - 1);
/** `headroom backtest` on the same lake and range, on local files. */
const local = useBacktest();
let dir: string;
let s3: LocalS3;
let duck: DuckDbQueryEngine;
let athena: ReturnType<typeof fakeAthena>;
let reports: S3ObjectStore;

beforeAll(async () => {
  dir = await makeTempDir('backtest-lambda');
  await writeBacktestLake(dir);
  s3 = await startS3rver(['lake', 'reports']);
  await upload(new S3ObjectStore(s3.client, 'lake'), join(dir, 'lake'), '');
  const links = await readFile(join(dir, 'inventory/links.csv'));
  await new S3ObjectStore(s3.client, 'lake').put(
    'inventory/links/links.csv',
    links,
  );
  reports = new S3ObjectStore(s3.client, 'reports');
  duck = await DuckDbQueryEngine.create({ lakeDir: join(dir, 'lake') });
  athena = fakeAthena(duck, join(dir, 'lake'), s3.client);
  Object.assign(process.env, lambdaEnv(s3.endpoint));
}, 120_000);

beforeEach(async () => {
  athena.resetHistory();
  await reports.delete(['state/backtest.json']);
});

afterAll(async () => {
  await duck?.close();
  await s3?.stop();
  await removeDir(dir);
});

/** Every file below `from` into the store, under `prefix`. */
async function upload(store: S3ObjectStore, from: string, prefix: string) {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    await store.put(`${prefix}${relative(from, path)}`, await readFile(path));
  }
}

async function written(): Promise<BacktestResult> {
  const bytes = await reports.get('state/backtest.json');
  expect(bytes, 'state/backtest.json in the report bucket').toBeDefined();
  return JSON.parse(new TextDecoder().decode(bytes));
}

const queries = () =>
  athena
    .commandCalls(StartQueryExecutionCommand as never)
    .map((c) => (c.args[0].input as { QueryString: string }).QueryString);

describe('backtest Lambda', () => {
  it('backtests 9 months of series_daily every 30 days by default, up to the last date judged in full, and writes state/backtest.json', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    // PNI links: lead time 90 + warning window 30 + 6 days confirming.
    const to = addDays(LAST_DAY, -126);
    // Act
    const summary = await handler({}, context);
    // Assess
    const result = await written();
    expect(result.kind).toBe('headroom-backtest');
    expect(result).toMatchObject({
      from: addDays(to, -270),
      to,
      everyDays: 30,
      dataFirstDay: START,
      dataLastDay: LAST_DAY,
    });
    expect(result.asOfDates).toHaveLength(10);
    expect(result.cases).toHaveLength(20);
    const hits = result.cases.filter((c) => c.outcome === 'true-positive');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((c) => c.group === GROWING)).toBe(true);
    expect(hits.every((c) => c.actualCrossing === CROSSING)).toBe(true);
    expect(result.totals.falsePositives).toBe(0);
    expect(result.totals.open).toBe(0);
    expect(summary).toMatchObject({
      key: 'state/backtest.json',
      asOfDates: 10,
      cases: 20,
      totals: result.totals,
    });
    // One batch of whole ISPs: one query, of group rows and its keys only.
    expect(queries()).toHaveLength(1);
    expect(queries()[0]).toContain(`key IN ('${FLAT}', '${GROWING}')`);
    expect(queries()[0]).toContain("level = 'group'");
  });

  it('writes for a manual range what headroom backtest writes for it', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    // Act
    await handler(BACKTEST_RANGE, context);
    // Assess
    const { generatedAt, seconds, ...result } = await written();
    const { generatedAt: _at, seconds: _s, ...expected } = local();
    expect(result).toEqual(expected);
  });

  it.each([
    [
      { everyDays: 0 },
      "event: field 'everyDays' Too small: expected number to be >=1 (got 0)",
    ],
    [
      { from: '2026-02-30' },
      `event: field 'from' must be a date YYYY-MM-DD (got "2026-02-30")`,
    ],
    [
      { asOf: '2026-03-01' },
      `event: field 'asOf' Unrecognized key: "asOf" (got "2026-03-01")`,
    ],
  ])(
    'rejects the event %j before touching the lake or the reports',
    async (event, message) => {
      // Prepare
      const { handler } = await import('../../functions/backtest.ts');
      // Act
      const act = handler(event, context);
      // Assess
      await expect(act).rejects.toThrow(message);
      expect(athena.calls()).toHaveLength(0);
      expect(await reports.get('state/backtest.json')).toBeUndefined();
    },
  );

  it('names the data and the event field when the range runs past it, and writes nothing', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    const to = addDays(LAST_DAY, 1);
    // Act
    const act = handler({ to }, context);
    // Assess
    await expect(act).rejects.toThrow(
      `to ${to} is outside the data: series_daily runs from ${START} ` +
        `to ${LAST_DAY}, so to must be ${LAST_DAY} or earlier (roll up ` +
        "newer traffic with the daily run's rollup first)",
    );
    await expect(act).rejects.not.toThrow(/--to|headroom run/);
    expect(await reports.get('state/backtest.json')).toBeUndefined();
  });

  it('says which value was filled in by default', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    const from = addDays(LAST_DAY, 1);
    // Act
    const act = handler({ from }, context);
    // Assess
    await expect(act).rejects.toThrow(
      `from ${from} is after to ${addDays(LAST_DAY, -126)} (the default: ` +
        "the last date judged in full, 126 days before the data's last day",
    );
    expect(await reports.get('state/backtest.json')).toBeUndefined();
  });
});
