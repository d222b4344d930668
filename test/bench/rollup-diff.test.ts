import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import { runBench } from '../helpers/run-bench.ts';
import { writeParquet } from '../helpers/write-parquet.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

/** A lake with one day of both outputs: a link's series and a count. */
async function lakeWith(peak: number, mean: number, duplicates: number) {
  const lake = await makeTempDir('rollup-diff');
  dirs.push(lake);
  const series = join(lake, 'series_daily', 'dt=2026-01-01');
  const quality = join(lake, 'quality_daily', 'dt=2026-01-01');
  await mkdir(series, { recursive: true });
  await mkdir(quality, { recursive: true });
  await writeParquet(
    join(series, 'part-0.parquet'),
    `SELECT 'link' AS level, 'a1' AS key, ${peak}::DOUBLE AS peak_bps,
      2e9::DOUBLE AS max_bps, ${mean}::DOUBLE AS mean_bps,
      1e10::DOUBLE AS capacity_bps, 288::BIGINT AS samples`,
  );
  await writeParquet(
    join(quality, 'part-0.parquet'),
    `SELECT 'a1' AS link_id, 'duplicate' AS kind, ${duplicates}::BIGINT AS "count"`,
  );
  return lake;
}

describe('bench/rollup-diff.ts', () => {
  it('finds two lakes the same when only a mean differs in its last bits', async () => {
    // Prepare
    const a = await lakeWith(1.5e9, 1e9, 3);
    const b = await lakeWith(1.5e9, 1e9 * (1 + 1e-15), 3);

    // Act
    const { stdout, code } = await runBench(
      'bench/rollup-diff.ts',
      ...['--a', a, '--b', b],
    );

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain('outputs the same');
  });

  it('exits 1 naming the difference when a peak or a count differs', async () => {
    // Prepare
    const a = await lakeWith(1.5e9, 1e9, 3);
    const b = await lakeWith(1.5e9 + 1, 1e9, 4);

    // Act
    const { stdout, code } = await runBench(
      'bench/rollup-diff.ts',
      ...['--a', a, '--b', b],
    );

    // Assess
    expect(code).toBe(1);
    expect(stdout).toContain('outputs differ');
    expect(stdout).toMatch(/'link'\s*│\s*1\s*│\s*0\s*│\s*0\s*│\s*1\s*│/);
    expect(stdout).toMatch(/'duplicate'\s*│\s*1\s*│\s*1/);
  });
});
