import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine and a symbolic link to nothing in a traffic day', () => {
  it('names the link and reads the day, instead of stopping with a stack trace', async () => {
    // Prepare: a day's good file beside a link whose target was removed
    // (a lake of links into an archive); the run stopped with ENOENT
    const dt = '2026-01-05';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    const folder = join(lake(), 'traffic', `dt=${dt}`);
    await symlink(
      '/nonexistent/part-1.parquet',
      join(folder, 'part-1.parquet'),
    );
    await open();

    // Act
    const bad = await engine().checkTraffic([dt]);
    const rows = await engine().query('SELECT count(*) AS n FROM traffic');

    // Assess
    expect(bad).toEqual([
      {
        file: `traffic/dt=${dt}/part-1.parquet`,
        day: dt,
        reason:
          'is a symbolic link to nothing (/nonexistent/part-1.parquet): ' +
          'restore its target, or remove it',
      },
    ]);
    expect(rows).toEqual([{ n: 1 }]);
  });
});
