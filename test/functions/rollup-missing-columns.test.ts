import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { DEFAULT_CONFIG } from '#lib/config';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';
import { generateSample } from '#lib/sample/generate-sample';
import { buildLocalDeps } from '#lib/wiring/local';
import { type LoggedLine, recordingLog } from '../helpers/recording-log.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { uploadFolder } from '../helpers/upload-folder.ts';
import { writeParquet } from '../helpers/write-parquet.ts';
import { fakeAthena } from './fake-athena.ts';
import { syncRollups } from './fake-athena-lake.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';

const AS_OF = '2026-11-26';
const ALL = 'ts, link_id, out_bps, in_bps, capacity_bps';
/**
 * The files split off a sample day's `part-0.parquet`: a link's rows,
 * written without one column of the contract.
 */
const SPLITS = [
  {
    day: '2026-11-24',
    file: 'no-in',
    link: 'jnb1-highveldfibre-ix-1',
    lacks: 'in_bps',
  },
  {
    day: '2026-11-24',
    file: 'no-cap',
    link: 'jnb1-highveldfibre-ix-2',
    lacks: 'capacity_bps',
  },
  {
    day: '2026-11-23',
    file: 'no-out',
    link: 'jnb1-highveldfibre-ix-3',
    lacks: 'out_bps',
  },
  {
    day: '2026-11-23',
    file: 'no-ts',
    link: 'fra1-rheinwelletelekom-ix-1',
    lacks: 'ts',
  },
  {
    day: '2026-11-25',
    file: 'no-link',
    link: 'jnb1-highveldfibre-ix-1',
    lacks: 'link_id',
  },
] as const;

let dir: string;
let s3: LocalS3;
let duck: DuckDbQueryEngine;
let local: QueryEngine;
let localSummary: Awaited<ReturnType<typeof rollupStage>>;
let awsSummary: unknown;
let warnings: LoggedLine[];
/** The rows of each split file, by its name. */
const splitRows = new Map<string, number>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollup-missing-'));
  await generateSample({
    out: join(dir, 'sample'),
    links: 4,
    days: 3,
    seed: 5,
    end: '2026-11-25',
  });
  await splitDays(join(dir, 'sample/lake'));
  for (const copy of ['local-lake', 'aws-lake']) {
    await cp(join(dir, 'sample/lake'), join(dir, copy), { recursive: true });
  }
  // The local run, as `headroom run` rolls up
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
  // The rollup Lambda, on Athena's stand-in over the same lake
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
}, 180_000);

afterAll(async () => {
  await local?.close();
  await duck?.close();
  await s3?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Splits each `SPLITS` file off its day, lacking its column. */
async function splitDays(lake: string) {
  for (const day of new Set(SPLITS.map((s) => s.day))) {
    const folder = join(lake, 'traffic', `dt=${day}`);
    const whole = join(folder, 'part-0.parquet');
    const splits = SPLITS.filter((s) => s.day === day);
    for (const { file, link, lacks } of splits) {
      const columns = ALL.split(', ').filter((c) => c !== lacks);
      const rows = `FROM read_parquet('${whole}') WHERE link_id = '${link}'`;
      await writeParquet(
        join(folder, `${file}.parquet`),
        `SELECT ${columns.join(', ')} ${rows}`,
      );
      const counted = await countRows(join(folder, `${file}.parquet`));
      splitRows.set(file, counted);
    }
    const links = splits.map((s) => `'${s.link}'`).join(', ');
    await writeParquet(
      join(folder, 'rest.parquet'),
      `SELECT ${ALL} FROM read_parquet('${whole}') ` +
        `WHERE link_id NOT IN (${links})`,
    );
    await rm(whole);
  }
}

/** The rows of a Parquet file. */
async function countRows(path: string): Promise<number> {
  const engine = await DuckDbQueryEngine.create({ lakeDir: dir });
  try {
    const [row] = await engine.query(
      `SELECT count(*) AS n FROM read_parquet('${path}')`,
    );
    return Number(row?.n);
  } finally {
    await engine.close();
  }
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
function rowsOf(engine: QueryEngine, table: string): Promise<SqlRow[]> {
  return engine.query(`SELECT * FROM ${table} ORDER BY ALL`);
}

describe('rollup of traffic files lacking a column, locally and on Athena', () => {
  it('rolls up the same series_daily and quality_daily on both engines', async () => {
    // Prepare: both rollups ran in beforeAll
    // Act
    const localSeries = await rowsOf(local, 'series_daily');
    const awsSeries = await rowsOf(duck, 'series_daily');
    const localQuality = await rowsOf(local, 'quality_daily');
    const awsQuality = await rowsOf(duck, 'quality_daily');
    // Assess: the same rows on both engines
    expect(localSeries.length).toBeGreaterThan(0);
    expect(localSeries).toEqual(awsSeries);
    expect(localQuality).toEqual(awsQuality);
    // and every day rolled up on both, no file set aside
    expect(localSummary.days).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(localSummary.unreadableFiles).toEqual([]);
    expect(awsSummary).toMatchObject({
      days: ['2026-11-23', '2026-11-24', '2026-11-25'],
      unreadableFileCount: 0,
    });
  });

  it('counts the rows of a file lacking ts, out_bps or link_id, and rolls up those lacking in_bps or capacity_bps', async () => {
    // Prepare
    const quality = (kind: string, link: string | null, dt: string) =>
      local.query(
        `SELECT "count" AS n FROM quality_daily WHERE kind = '${kind}'
         AND link_id IS NOT DISTINCT FROM ${link === null ? 'NULL' : `'${link}'`}
         AND dt = '${dt}'`,
      );
    // Act
    const linkDay = await local.query(
      `SELECT key, samples, capacity_bps FROM series_daily
       WHERE level = 'link' AND dt = '2026-11-24'
         AND key IN ('jnb1-highveldfibre-ix-1', 'jnb1-highveldfibre-ix-2')
       ORDER BY key`,
    );
    // Assess: in_bps is not used, and the inventory's capacity stands in
    expect(linkDay).toEqual([
      {
        key: 'jnb1-highveldfibre-ix-1',
        samples: splitRows.get('no-in'),
        capacity_bps: 100e9,
      },
      {
        key: 'jnb1-highveldfibre-ix-2',
        samples: splitRows.get('no-cap'),
        capacity_bps: 100e9,
      },
    ]);
    // a row without ts or out_bps is non_finite, one without link_id
    // belongs to no link
    expect(
      await quality('non_finite', 'jnb1-highveldfibre-ix-3', '2026-11-23'),
    ).toEqual([{ n: splitRows.get('no-out') }]);
    expect(
      await quality('non_finite', 'fra1-rheinwelletelekom-ix-1', '2026-11-23'),
    ).toEqual([{ n: splitRows.get('no-ts') }]);
    expect(await quality('unknown_link', null, '2026-11-25')).toEqual([
      { n: splitRows.get('no-link') },
    ]);
  });

  it('names each file lacking a column, and the column, on the local console', () => {
    // Prepare, Act: the local rollup ran in beforeAll
    // Assess
    const named = warnings
      .filter((line) => line.message.startsWith('traffic file '))
      .map((line) => line.message)
      .sort();
    expect(named).toEqual([
      'traffic file traffic/dt=2026-11-23/no-out.parquet has no column out_bps: read with out_bps NULL, as Athena reads it (its rows count as non_finite)',
      'traffic file traffic/dt=2026-11-23/no-ts.parquet has no column ts: read with ts NULL, as Athena reads it (its rows count as non_finite)',
      "traffic file traffic/dt=2026-11-24/no-cap.parquet has no column capacity_bps: read with capacity_bps NULL, as Athena reads it (its rows carry no capacity: the inventory's stands in)",
      'traffic file traffic/dt=2026-11-24/no-in.parquet has no column in_bps: read with in_bps NULL, as Athena reads it (the rollup does not use it)',
      'traffic file traffic/dt=2026-11-25/no-link.parquet has no column link_id: read with link_id NULL, as Athena reads it (its rows count as unknown_link, of no link)',
    ]);
  });
});
