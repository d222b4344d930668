import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '#lib/errors';
import { prepareOut } from '#lib/sample/prepare-out';

let out: string;

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'headroom-prepare-'));
});

afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('prepareOut', () => {
  it('creates an empty traffic folder in a new sample folder', async () => {
    // Prepare / Act
    const traffic = await prepareOut(out);
    // Assess
    expect(traffic).toBe(join(out, 'lake', 'traffic'));
    expect(await readdir(traffic)).toEqual([]);
  });

  it('replaces an earlier sample, its rollups and its sample.json', async () => {
    // Prepare
    await prepareOut(out);
    await mkdir(join(out, 'lake', 'series_daily', 'dt=2026-01-01'), {
      recursive: true,
    });
    await mkdir(join(out, 'lake', 'traffic', 'dt=2026-01-01'));
    await writeFile(join(out, 'sample.json'), '{}');
    // Act
    await prepareOut(out);
    // Assess
    expect((await readdir(join(out, 'lake'))).sort()).toEqual([
      '.headroom-sample',
      'traffic',
    ]);
    expect(await readdir(join(out, 'lake', 'traffic'))).toEqual([]);
    expect(await readdir(out)).not.toContain('sample.json');
  });

  it('refuses to delete a lake it did not write', async () => {
    // Prepare
    await mkdir(join(out, 'lake', 'traffic', 'dt=2026-01-01'), {
      recursive: true,
    });
    // Act
    const attempt = prepareOut(out);
    // Assess
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/not written by headroom sample/);
    expect(await readdir(join(out, 'lake', 'traffic'))).toEqual([
      'dt=2026-01-01',
    ]);
  });
});
