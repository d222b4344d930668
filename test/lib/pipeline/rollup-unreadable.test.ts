import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, A2, DT, p95, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series, reopen } = useRollupLake('rollup');

describe('rollupLake and unreadable traffic files', () => {
  it('rolls a day with an unreadable file up again on every run, and takes the file in once it is fixed', async () => {
    // Prepare: DT's second file is broken; ten days later DT is far
    // outside the late days that every run re-rolls.
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100e9),
    );
    const broken = join(lake(), 'traffic', `dt=${DT}`, 'part-1.parquet');
    await writeFile(broken, 'not parquet');
    for (let i = 2; i <= 10; i += 1) {
      const dt = `2026-01-${String(i).padStart(2, '0')}`;
      await writeTrafficDay(lake(), dt, [
        {
          ts: `${dt}T00:05:00Z`,
          linkId: 'a1',
          outBps: 1e9,
          capacityBps: 100e9,
        },
      ]);
    }
    /** One run: a fresh engine(), as each `headroom run` is a new process. */
    const run = async () => {
      await reopen();
      return rollupStage(deps(), { asOf: '2026-01-11' });
    };

    // Act
    const first = await run();
    const second = await run();
    const a2Before = await series('a2');
    await writeTrafficDay(
      lake(),
      DT,
      samples('a2', A2, () => 100e9),
      'part-1.parquet',
    );
    const fixed = await run();
    const a2After = await series('a2');
    const after = await run();

    // Assess
    const leftOut = [`traffic/dt=${DT}/part-1.parquet`];
    expect(first.unreadableFiles.map((f) => f.file)).toEqual(leftOut);
    expect(second.days).toContain(DT);
    expect(second.unreadableFiles.map((f) => f.file)).toEqual(leftOut);
    expect(a2Before).toBeUndefined();
    expect(fixed.days).toContain(DT);
    expect(fixed.unreadableFiles).toEqual([]);
    expect(a2After?.peak_bps).toBeCloseTo(p95(A2), 6);
    expect(after.days).not.toContain(DT);
  });

  it('stops reporting a day whose unreadable file was removed with the rest of its traffic', async () => {
    // Prepare: the day's only file is broken, then removed
    const folder = join(lake(), 'traffic', `dt=${DT}`);
    await writeTrafficDay(
      lake(),
      '2026-01-02',
      samples('a1', A1, () => 100e9, '2026-01-02'),
    );
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'part-0.parquet'), 'not parquet');
    const first = await rollupStage(deps(), { asOf: '2026-01-03' });
    await rm(folder, { recursive: true });

    // Act
    const later = await rollupStage(deps(), { asOf: '2026-01-03' });

    // Assess
    expect(first.unreadableFiles).toHaveLength(1);
    expect(later.unreadableFiles).toEqual([]);
    expect(later.notReRolled).toEqual([]);
  });
  it('sets aside the day of a file whose footer reads but whose pages do not, naming the file', async () => {
    // Prepare: DT's second file keeps its footer, the second half of its
    // pages is zeros (DuckDB's Snappy check fails on it, every time); the
    // next day is sound.
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100e9),
    );
    await writeTrafficDay(
      lake(),
      DT,
      samples('a2', A2, () => 100e9),
      'part-1.parquet',
    );
    const broken = join(lake(), 'traffic', `dt=${DT}`, 'part-1.parquet');
    const bytes = await readFile(broken);
    const pagesEnd = bytes.length - 8 - bytes.readUInt32LE(bytes.length - 8);
    bytes.fill(0, pagesEnd >> 1, pagesEnd);
    await writeFile(broken, bytes);
    await writeTrafficDay(lake(), '2026-01-02', [
      {
        ts: '2026-01-02T00:05:00Z',
        linkId: 'a1',
        outBps: 1e9,
        capacityBps: 100e9,
      },
    ]);

    // Act
    const done = await rollupStage(deps(), { asOf: '2026-01-03' });

    // Assess
    expect(done.days).toEqual(['2026-01-02']);
    expect(done.unreadableFiles).toEqual([
      {
        file: `traffic/dt=${DT}/part-1.parquet`,
        day: DT,
        reason: expect.stringMatching(/^cannot be read: .*Snappy/),
      },
    ]);
  });
});
