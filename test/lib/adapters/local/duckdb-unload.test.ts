import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { QueryError } from '#lib/query-error';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
} from '../../../helpers/lake.ts';

const TARGET = { prefix: 'runs/r1/series', partitionBy: 'shard' };
const SELECT = `SELECT * FROM (VALUES ('a', 1.5, 's0001'), ('b', 2.5, 's0002'),
  ('c', 3.5, 's0001')) t(key, peak_bps, shard)`;

let dir: string;
let engine: DuckDbQueryEngine;

beforeEach(async () => {
  dir = await makeTempDir('unload');
  engine = await openTestEngine(dir);
});

afterEach(async () => {
  await engine.close();
  await removeDir(dir);
});

async function rowsOf(shard: string) {
  const files = await engine.readUnloaded(TARGET, shard);
  const rows = [];
  for (const bytes of files) {
    const file = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    rows.push(...(await parquetReadObjects({ file })));
  }
  return rows.sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

describe('DuckDbQueryEngine.unload', () => {
  it('writes one Parquet folder per shard that hyparquet reads back', async () => {
    // Act
    await engine.unload(SELECT, TARGET);

    // Assess: the partition column is in the folder name, not the file.
    expect(await rowsOf('s0001')).toEqual([
      { key: 'a', peak_bps: 1.5 },
      { key: 'c', peak_bps: 3.5 },
    ]);
    expect(await rowsOf('s0002')).toEqual([{ key: 'b', peak_bps: 2.5 }]);
    expect(await engine.readUnloaded(TARGET, 's0003')).toEqual([]);
  });

  it('replaces an earlier unload to the same prefix', async () => {
    // Prepare
    await engine.unload(SELECT, TARGET);

    // Act
    await engine.unload(
      "SELECT 'z' AS key, 9.5 AS peak_bps, 's0003' AS shard",
      TARGET,
    );

    // Assess
    expect(await engine.readUnloaded(TARGET, 's0001')).toEqual([]);
    expect(await rowsOf('s0003')).toEqual([{ key: 'z', peak_bps: 9.5 }]);
  });

  it('removes the files, and runs/ once no run is left in it, and refuses prefixes outside runs/', async () => {
    // Prepare: two runs' unloads
    await engine.unload(SELECT, TARGET);
    await engine.unload(SELECT, { ...TARGET, prefix: 'runs/r2/series' });

    // Act
    await engine.removeUnloaded('runs/r1');
    const afterFirst = await readdir(join(dir, 'lake', 'runs'));
    await engine.removeUnloaded('runs/r2');

    // Assess: no empty runs/ left in the lake
    expect(await engine.readUnloaded(TARGET, 's0001')).toEqual([]);
    expect(afterFirst).toEqual(['r2']);
    expect(await readdir(join(dir, 'lake'))).not.toContain('runs');
    await expect(
      engine.unload(SELECT, { prefix: '../x', partitionBy: 'shard' }),
    ).rejects.toThrow(QueryError);
    await expect(engine.removeUnloaded('series_daily')).rejects.toThrow(
      QueryError,
    );
  });
});
