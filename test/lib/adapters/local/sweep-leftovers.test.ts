import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepLeftovers } from '#lib/adapters/local/sweep-leftovers';
import { makeTempDir, removeDir } from '../../../helpers/lake.ts';

const NOW = new Date('2026-12-03T06:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('sweepLeftovers', () => {
  let dir: string;
  const roots = () => ({
    out: join(dir, 'out'),
    outbox: join(dir, 'out', 'outbox'),
    lake: join(dir, 'lake'),
  });

  /** A file `days` old (its folders made as needed). */
  async function leftover(path: string, days: number) {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, 'x');
    const at = new Date(NOW.getTime() - days * DAY);
    await utimes(file, at, at);
  }

  beforeEach(async () => {
    dir = await makeTempDir('sweep');
  });
  afterEach(() => removeDir(dir));

  it("removes scratch older than a day and runs untouched for a week, and keeps the rest and what is not Headroom's", async () => {
    // Prepare
    await leftover('out/.headroom-tmp/old', 2);
    await leftover('out/.headroom-tmp/fresh', 0.5);
    await leftover('out/outbox/.headroom-tmp/old', 3);
    await leftover(
      'lake/.headroom-tmp/old-copy/dt=2026-01-01/data_0.parquet',
      2,
    );
    await leftover('out/.headroom-tmp-0a1b2c3d/w', 2);
    await leftover(
      'lake/.headroom-tmp-5e6f7a8b/dt=2026-01-01/data_0.parquet',
      0.5,
    );
    await leftover('out/runs/2026-11-01T060000/plan.json', 8);
    await leftover(
      'lake/runs/2026-11-01T060000/series/shard=s0001/a.parquet',
      8,
    );
    // A run whose plan is old but whose shard wrote yesterday is kept
    await leftover('out/runs/2026-11-20T060000/plan.json', 9);
    await leftover('out/runs/2026-11-20T060000/shards/s0001/result.json', 1);
    await leftover('out/reports/2026-11-01/index.html', 30);
    // Not Headroom's: a folder of the user's own and another .tmp
    await leftover('out/runs/experiment-42/results.csv', 30);
    await leftover('out/.tmp/notes.txt', 30);

    // Act
    const swept = await sweepLeftovers(roots(), NOW);

    // Assess
    // (the shared scratch folder of earlier versions goes once empty)
    expect(swept).toEqual({ scratch: 4, runs: ['2026-11-01T060000'] });
    expect(await readdir(join(dir, 'out', '.headroom-tmp'))).toEqual(['fresh']);
    expect(await readdir(join(dir, 'out'))).not.toContain(
      '.headroom-tmp-0a1b2c3d',
    );
    expect(await readdir(join(dir, 'out', 'outbox'))).toEqual([]);
    expect(await readdir(join(dir, 'lake'))).toEqual([
      '.headroom-tmp-5e6f7a8b',
    ]);
    expect(await readdir(join(dir, 'out', 'runs'))).toEqual([
      '2026-11-20T060000',
      'experiment-42',
    ]);
    expect(await readdir(join(dir, 'out', '.tmp'))).toEqual(['notes.txt']);
    expect(await readdir(join(dir, 'out', 'reports'))).toEqual(['2026-11-01']);
  });

  it('finds nothing to do in folders that do not exist yet', async () => {
    // Act
    const swept = await sweepLeftovers(roots(), NOW);

    // Assess
    expect(swept).toEqual({ scratch: 0, runs: [] });
  });
});
