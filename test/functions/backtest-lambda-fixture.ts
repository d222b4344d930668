import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { uploadFolder } from '../helpers/upload-folder.ts';
import {
  DAYS,
  START,
  writeBacktestLake,
} from '../lib/pipeline/run-backtest-fixture.ts';
import { fakeAthena } from './fake-athena.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';

/** The Lambda context the backtest handler is called with. */
export const context = lambdaContext('headroom-test-backtest');
/** The fixture lake's last day. */
export const LAST_DAY = addDays(START, DAYS - 1);

/** The plan step's event for an execution's input. */
export const plan = (input: unknown) => ({
  step: 'plan',
  execution: 'manual',
  input,
});

/**
 * Registers the hooks of a backtest Lambda test file: the two-group lake
 * of `writeBacktestLake` and its inventory in s3rver, Athena on DuckDB
 * over it, the handler's environment; before each test no backtest file
 * and no Athena call yet.
 *
 * @returns the S3 server, the report bucket, the backtest file as
 *   written, and the Athena queries started so far
 */
export function useBacktestLambda() {
  let dir: string;
  let s3: LocalS3;
  let duck: DuckDbQueryEngine;
  let athena: ReturnType<typeof fakeAthena>;
  let reports: S3ObjectStore;

  beforeAll(async () => {
    dir = await makeTempDir('backtest-lambda');
    await writeBacktestLake(dir);
    s3 = await startS3rver(['lake', 'reports']);
    const lake = new S3ObjectStore(s3.client, 'lake');
    await uploadFolder(lake, join(dir, 'lake'));
    const links = await readFile(join(dir, 'inventory/links.csv'));
    await lake.put('inventory/links/links.csv', links);
    reports = new S3ObjectStore(s3.client, 'reports');
    duck = await DuckDbQueryEngine.create({ lakeDir: join(dir, 'lake') });
    athena = fakeAthena(duck, join(dir, 'lake'), s3.client);
    Object.assign(process.env, lambdaEnv(s3.endpoint));
  }, 120_000);

  beforeEach(async () => {
    athena.resetHistory();
    await reports.delete([
      'state/backtest.json',
      'state/backtest-summary.json',
    ]);
  });

  afterAll(async () => {
    await duck?.close();
    await s3?.stop();
    await removeDir(dir);
  });

  return {
    s3: () => s3,
    /** The folder holding the lake Athena (DuckDB) reads, `lake/`. */
    dir: () => dir,
    reports: () => reports,
    async written(): Promise<BacktestResult> {
      const bytes = await reports.get('state/backtest.json');
      expect(bytes, 'state/backtest.json in the report bucket').toBeDefined();
      return JSON.parse(new TextDecoder().decode(bytes));
    },
    queries: () =>
      athena
        .commandCalls(StartQueryExecutionCommand as never)
        .map((c) => (c.args[0].input as { QueryString: string }).QueryString),
    athenaCalls: () => athena.calls().length,
  };
}
