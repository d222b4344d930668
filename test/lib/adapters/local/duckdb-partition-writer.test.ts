import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { isScratchName } from '#lib/adapters/local/scratch';
import {
  MARKER_FILE,
  parseMarker,
} from '#lib/adapters/shared/partition-marker';
import type { PartitionWrite } from '#lib/ports/query-engine';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
} from '../../../helpers/lake.ts';

const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03'];
/** One row per day of `quality_daily`, the partition column last. */
const WRITE: PartitionWrite = {
  days: DAYS,
  tag: 'test',
  stage: 'SELECT 1 AS unused',
  outputs: [
    {
      table: 'quality_daily',
      select: `SELECT 'l1' AS link_id, 'zero' AS kind, 1 AS "count", dt
        FROM (VALUES ${DAYS.map((d) => `('${d}')`).join(', ')}) v (dt)`,
    },
  ],
};

describe('the local partitioned write when one day cannot be placed', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  const table = () => join(dir, 'lake', 'quality_daily');

  /** Every file under the table, with the markers' contents. */
  async function snapshot(): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const folder of await readdir(table())) {
      const path = join(table(), folder);
      for (const name of await readdir(path)) {
        files[`${folder}/${name}`] =
          name === MARKER_FILE ? await readFile(join(path, name), 'utf8') : '';
      }
    }
    return files;
  }

  beforeEach(async () => {
    dir = await makeTempDir('placement');
    engine = await openTestEngine(dir);
    await engine.writePartitions(WRITE);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('fails only after every other day is placed and marked, and leaves no scratch folder', async () => {
    // Prepare: the middle day holds a folder named like a Parquet file,
    // which placing the day cannot remove; the other days have many old
    // files to remove, so they are still at work when it fails
    await mkdir(join(table(), `dt=${DAYS[1]}`, 'stray.parquet'));
    for (const dt of [DAYS[0], DAYS[2]]) {
      const names = Array.from({ length: 300 }, (_, i) => `old-${i}.parquet`);
      await Promise.all(
        names.map((n) => writeFile(join(table(), `dt=${dt}`, n), '')),
      );
    }

    // Act
    const failure = engine.writePartitions(WRITE);

    // Assess: nothing moves once the error is out, the other days'
    // markers list the files they hold, and the scratch folder is gone
    await expect(failure).rejects.toThrow(/cannot write quality_daily/);
    const after = await snapshot();
    await sleep(200);
    expect(await snapshot()).toEqual(after);
    for (const dt of [DAYS[0], DAYS[2]]) {
      const marker = parseMarker(after[`dt=${dt}/${MARKER_FILE}`] ?? '');
      expect(marker?.rows).toBe(1);
      const files = Object.keys(after)
        .filter((k) => k.startsWith(`dt=${dt}/`) && k.endsWith('.parquet'))
        .map((k) => k.slice(`dt=${dt}/`.length));
      expect(marker?.files.map((f) => f.name)).toEqual(files);
      expect(files).toHaveLength(1);
    }
    expect((await readdir(join(dir, 'lake'))).filter(isScratchName)).toEqual(
      [],
    );
  });
});
