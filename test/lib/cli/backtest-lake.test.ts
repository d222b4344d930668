import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBacktestCommand, useBacktestLake } from './backtest-fixture.ts';

const { dir, lakeArgs } = useBacktestLake();

describe('headroom backtest --lake', () => {
  it("refuses one of the lake's tables, naming its parent, not 'roll up first'", async () => {
    // Prepare: the rolled-up table itself, a folder of dt= folders
    const given = join(dir, 'lake', 'series_daily');

    // Act
    const { code, output } = await runBacktestCommand(...lakeArgs(given));

    // Assess: it said series_daily was empty and to run 'headroom run'
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${given}: holds dt=YYYY-MM-DD folders, as a table of a ` +
        'lake does: --lake must name the folder that holds series_daily/ ' +
        `(its parent, ${join(dir, 'lake')}?)`,
    );
    expect(output).not.toContain('headroom run');
  });

  it('refuses a file, naming it rather than a folder below it', async () => {
    // Prepare
    const given = join(dir, 'lake.parquet');
    await writeFile(given, 'PAR1');

    // Act
    const { code, output } = await runBacktestCommand(...lakeArgs(given));

    // Assess: it said lake.parquet/traffic was a file
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${given}: is a file: --lake must name a folder holding ` +
        'series_daily/',
    );
    expect(output).not.toContain(`${given}/traffic`);
  });
});
