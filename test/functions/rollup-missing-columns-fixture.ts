import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { DEFAULT_CONFIG } from '#lib/config';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';
import { buildLocalDeps } from '#lib/wiring/local';
import { type LoggedLine, recordingLog } from '../helpers/recording-log.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { uploadFolder } from '../helpers/upload-folder.ts';
import { fakeAthena } from './fake-athena.ts';
import { syncRollups } from './fake-athena-lake.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';
import { splitDays } from './missing-columns-lake.ts';
import { writeSmallSample } from './small-sample.ts';

const AS_OF = '2026-11-26';

let dir: string;
let s3: LocalS3;
/** The engine behind the rollup Lambda's stand-in for Athena. */
export let duck: DuckDbQueryEngine;
/** The engine of the local run. */
export let local: QueryEngine;
/** What the local rollup returned. */
export let localSummary: Awaited<ReturnType<typeof rollupStage>>;
/** What the rollup Lambda returned. */
export let awsSummary: unknown;
/** What the local rollup logged. */
export let warnings: LoggedLine[];
/** The rows of each split file, by its name. */
export let splitRows: Map<string, number>;

/**
 * Registers the hooks that roll up a sample lake whose files lack a
 * column (`splitDays`) twice, as `headroom run` does and as the rollup
 * Lambda does on Athena's stand-in, then remove it all.
 */
export function useMissingColumnsRollups(): void {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rollup-missing-'));
    await writeSmallSample(join(dir, 'sample'));
    splitRows = await splitDays(join(dir, 'sample/lake'), dir);
    for (const copy of ['local-lake', 'aws-lake']) {
      await cp(join(dir, 'sample/lake'), join(dir, copy), { recursive: true });
    }
    await rollLocally();
    await rollOnAws();
  }, 180_000);

  afterAll(async () => {
    await local?.close();
    await duck?.close();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });
}

/** The local run, as `headroom run` rolls up. */
async function rollLocally(): Promise<void> {
  const recorded = recordingLog();
  warnings = recorded.lines;
  const deps = await buildLocalDeps({
    lake: join(dir, 'local-lake'),
    inventory: join(dir, 'sample/inventory'),
    out: join(dir, 'local-out'),
    config: DEFAULT_CONFIG,
    log: recorded.log,
    memoryLimit: '1GB',
  });
  local = deps.engine;
  localSummary = await rollupStage(deps, { asOf: AS_OF });
}

/** The rollup Lambda, on Athena's stand-in over the same lake. */
async function rollOnAws(): Promise<void> {
  s3 = await startS3rver(['lake', 'reports']);
  await putLake(s3, join(dir, 'aws-lake'), join(dir, 'sample/inventory'));
  duck = await DuckDbQueryEngine.create({
    lakeDir: join(dir, 'aws-lake'),
    memoryLimit: '1GB',
  });
  const athena = fakeAthena(duck, join(dir, 'aws-lake'), s3.client);
  Object.assign(process.env, lambdaEnv(s3.endpoint));
  const { handler } = await import('../../functions/rollup.ts');
  awsSummary = await handler(
    { asOf: AS_OF },
    lambdaContext('headroom-test-rollup'),
  );
  athena.restore();
  await syncRollups(duck, join(dir, 'aws-lake'), s3.client);
}

/** Puts the lake's traffic and the inventory in the s3rver bucket `lake`. */
async function putLake(s3: LocalS3, lake: string, inventory: string) {
  const store = new S3ObjectStore(s3.client, 'lake');
  await uploadFolder(store, join(lake, 'traffic'), 'traffic/');
  await store.put(
    'inventory/links/links.csv',
    await readFile(join(inventory, 'links.csv')),
  );
}

/** A rolled-up table's rows, in one order. */
export function rowsOf(engine: QueryEngine, table: string): Promise<SqlRow[]> {
  return engine.query(`SELECT * FROM ${table} ORDER BY ALL`);
}
