import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleMismatch } from '../../bench/backtest-sample.ts';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import { runBench as bench } from '../helpers/run-bench.ts';

/** What `headroom sample --out DIR` records of its default sample. */
const SAMPLE = {
  firstDay: '2025-10-03',
  lastDay: '2026-12-06',
  links: 100,
  seed: 1,
};

describe('bench:backtest on a folder that already holds a sample', () => {
  let data: string;
  beforeEach(async () => {
    data = await makeTempDir('bench-backtest');
    await writeFile(join(data, 'sample.json'), JSON.stringify(SAMPLE));
  });
  afterEach(() => removeDir(data));

  it('refuses a --seed and --end it does not match, before any work (exit 2)', async () => {
    // Act
    const { stdout, stderr, code } = await bench(
      'bench/backtest.ts',
      ...['--data', data, '--seed', '2', '--end', '2026-12-01'],
    );

    // Assess: nothing generated or rolled up beside sample.json
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `backtest.ts: ${data} already holds a sample (seed 1, ending ` +
        '2026-12-06), which would be scored as it is, not the --seed 2 ' +
        'and --end 2026-12-01 asked: give a new --data to generate that ' +
        'one, or leave out --seed and --end to score this one\n' +
        '(--help for its options)\n',
    );
    expect(await readdir(data)).toEqual(['sample.json']);
  }, 60_000);

  it('refuses an --end that is not a date, before any work (exit 2)', async () => {
    // Act
    const { stderr, code } = await bench(
      'bench/backtest.ts',
      ...['--data', data, '--end', '2026-12-1'],
    );

    // Assess
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^backtest\.ts: --end must be a date YYYY-MM-DD.*\(got "2026-12-1"\)\n/,
    );
    expect(await readdir(data)).toEqual(['sample.json']);
  }, 60_000);

  it('scores the sample there when what was asked matches it, or nothing was', () => {
    // Act
    const asked = [{ seed: 1, end: '2026-12-06' }, { seed: 1 }, {}];

    // Assess
    expect(asked.map((a) => sampleMismatch(data, SAMPLE, a))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(sampleMismatch(data, SAMPLE, { end: '2026-12-01' })).toContain(
      'not the --end 2026-12-01 asked',
    );
  });
});
