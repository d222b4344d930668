import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Rolls up one day of a1 (288 samples, 00:00 to 23:55 UTC) whose traffic
 * file stores `ts` as a UTC instant (Parquet's isAdjustedToUTC, as pandas
 * and Spark write a zone-aware column: DuckDB reads it as TIMESTAMPTZ), in
 * a fresh Node process, since DuckDB takes its default zone from TZ; and
 * prints the column's type, a1's series row and its quality counts.
 */
const CHILD = `
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { makeTempDir, removeDir, writeTrafficDay } from './test/helpers/lake.ts';
import { A1, DT, GBPS, fixtureDeps, openRollupEngine, samples, seriesRow } from './test/helpers/rollup-fixture.ts';
import { writeParquet } from './test/helpers/write-parquet.ts';
const dir = await makeTempDir('rollup-time-zone');
try {
  const folder = join(dir, 'lake', 'traffic', 'dt=' + DT);
  await writeTrafficDay(join(dir, 'lake'), DT, samples('a1', A1, () => 100 * GBPS), 'naive');
  await writeParquet(join(folder, 'a.parquet'), "SELECT timezone('UTC', ts) AS ts, * EXCLUDE (ts) FROM read_parquet('" + join(folder, 'naive') + "')");
  await rm(join(folder, 'naive'));
  const engine = await openRollupEngine(dir);
  await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });
  const [{ type }] = await engine.query('SELECT typeof(ts) AS type FROM traffic LIMIT 1');
  const series = await seriesRow(engine, 'a1');
  const quality = await engine.query(
    "SELECT kind, CAST(\\"count\\" AS INTEGER) AS n FROM quality_daily WHERE link_id = 'a1' ORDER BY kind");
  console.log(JSON.stringify({ type, samples: Number(series?.samples), quality }));
  await engine.close();
} finally {
  await removeDir(dir);
}
`;

async function rollUpUnder(zone: string) {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHILD],
    { env: { ...process.env, TZ: zone } },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    type: string;
    samples: number;
    quality: { kind: string; n: number }[];
  };
}

describe('DuckDbQueryEngine on a machine whose zone is not UTC', () => {
  it('rolls a day of zone-aware timestamps up on its UTC day, every sample kept', async () => {
    // Act: Paris is UTC+1 in January, New York UTC-5
    const [paris, newYork] = await Promise.all(
      ['Europe/Paris', 'America/New_York'].map(rollUpUnder),
    );

    // Assess: the file's ts is an instant; every sample of the day counts,
    // none set aside as another day's (Paris put 23:00-23:55 UTC on
    // 2 January, New York 00:00-04:55 on 31 December: 12 and 60 samples
    // of each day counted as wrong_partition and left out of the peaks)
    for (const out of [paris!, newYork!]) {
      expect(out.type).toBe('TIMESTAMP WITH TIME ZONE');
      expect(out.samples).toBe(288);
      expect(out.quality).toEqual([]);
    }
  }, 60_000);
});
