import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbLakeViews } from '#lib/adapters/local/duckdb-lake-views';
import { runDuckDbRows } from '#lib/adapters/local/duckdb-run';
import {
  makeTempDir,
  removeDir,
  writeTrafficDay,
} from '../../../helpers/lake.ts';

describe('DuckDbLakeViews.refresh', () => {
  let dir: string;
  let instance: DuckDBInstance;

  beforeEach(async () => {
    dir = await makeTempDir('lake-views');
    instance = await DuckDBInstance.create(':memory:');
    for (const dt of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      await writeTrafficDay(dir, dt, [
        { ts: `${dt}T00:00:00Z`, linkId: 'l1', outBps: 1, capacityBps: 10 },
      ]);
    }
  });
  afterEach(async () => {
    instance.closeSync();
    await removeDir(dir);
  });

  it('refreshes the views several times at once without a catalog conflict', async () => {
    // Prepare
    const views = new DuckDbLakeViews(join(dir), instance);

    // Act: as the day-by-day retries of a failed batch do
    const refreshes = Array.from({ length: 6 }, () => views.refresh());

    // Assess: every refresh ends, and the views read the lake
    await expect(Promise.all(refreshes)).resolves.toBeDefined();
    expect(
      await runDuckDbRows(instance, 'SELECT count(*) AS n FROM traffic'),
    ).toEqual([{ n: 3n }]);
  });
});
