import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';

const { lake, open } = useEngineDir();

describe('DuckDbQueryEngine and a series_daily file it cannot read', () => {
  it('stops a query of the table, naming the file, instead of reading no series', async () => {
    // Prepare: a rolled-up day's file cut short (a lake restored in
    // part); its traffic expired, so no rollup can write it again. The
    // run read series_daily as empty and published "no group needs an
    // augment ordered", every link "with no traffic"
    const folder = join(lake(), 'series_daily', 'dt=2026-01-01');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'part-0.parquet'), 'PAR1 cut short');
    const engine = await open();

    // Act
    const read = engine.query('SELECT count(*) AS n FROM series_daily');

    // Assess
    await expect(read).rejects.toThrow(
      /^series_daily cannot be read, so it would read as empty: .*series_daily\/dt=2026-01-01\/part-0\.parquet/,
    );
    await expect(engine.query('SELECT 1 AS one')).resolves.toEqual([
      { one: 1 },
    ]);
  });
});
