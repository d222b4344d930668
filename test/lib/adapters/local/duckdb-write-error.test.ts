import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDuckDbRows } from '#lib/adapters/local/duckdb-run';
import { writeError } from '#lib/adapters/local/duckdb-write-error';
import { LakeDataError, QueryError } from '#lib/query-error';
import { makeTempDir, removeDir } from '../../../helpers/lake.ts';

describe('writeError', () => {
  let lake: string;
  let instance: DuckDBInstance;
  const rows = (sql: string) => runDuckDbRows(instance, sql);
  const day = '2026-01-01';
  const request = (leftOut?: string[]) => ({
    days: [day],
    outputs: [{ table: 'series_daily' as const, select: '' }],
    ...(leftOut ? { leftOut: { [day]: leftOut } } : {}),
  });

  beforeEach(async () => {
    lake = await makeTempDir('write-error');
    instance = await DuckDBInstance.create(':memory:');
    await mkdir(join(lake, 'traffic', `dt=${day}`), { recursive: true });
    await writeFile(
      join(lake, 'traffic', `dt=${day}`, 'a-bad.parquet'),
      'not parquet',
    );
  });
  afterEach(async () => {
    instance.closeSync();
    await removeDir(lake);
  });

  it('blames a file of the day that cannot be read', async () => {
    // Act
    const error = await writeError(lake, request(), new Error('failed'), rows);

    // Assess
    expect(error).toBeInstanceOf(LakeDataError);
    expect((error as LakeDataError).file).toBe(
      `traffic/dt=${day}/a-bad.parquet`,
    );
  });

  it('does not blame a file the traffic check already left out', async () => {
    // Act: the write failed for another reason (a full disk)
    const error = await writeError(
      lake,
      request([`traffic/dt=${day}/a-bad.parquet`]),
      new Error('IO Error: No space left on device'),
      rows,
    );

    // Assess: the run stops on the disk's error; the day is not set aside
    expect(error).not.toBeInstanceOf(LakeDataError);
    expect(error).toBeInstanceOf(QueryError);
    expect(error.message).toBe(
      'cannot write series_daily: IO Error: No space left on device',
    );
  });
});
