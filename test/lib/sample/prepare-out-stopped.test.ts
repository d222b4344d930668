import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSampleUnfinished } from '#lib/sample/index';
import { markSampleComplete, prepareOut } from '#lib/sample/prepare-out';

/** A path whose removal fails, as if the process were stopped there. */
let failOn: string | undefined;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    // Names in order, the marker first: the order most likely to lose it.
    readdir: async (path: string) => (await real.readdir(path)).sort(),
    rm: async (...args: Parameters<typeof real.rm>) => {
      if (args[0] === failOn) throw new Error('stopped');
      return real.rm(...args);
    },
  };
});

let out: string;

beforeEach(async () => {
  out = await fs.mkdtemp(join(tmpdir(), 'headroom-prepare-stopped-'));
});

afterEach(async () => {
  failOn = undefined;
  await fs.rm(out, { recursive: true, force: true });
});

describe('prepareOut stopped while it clears an earlier sample', () => {
  it('leaves a lake marked unfinished, which a run refuses and a sample replaces', async () => {
    // Prepare: a complete sample with traffic and rollups
    const lake = join(out, 'lake');
    await prepareOut(out);
    await fs.mkdir(join(lake, 'traffic', 'dt=2026-01-01'));
    await fs.mkdir(join(lake, 'series_daily', 'dt=2026-01-01'), {
      recursive: true,
    });
    await markSampleComplete(out);
    await fs.writeFile(join(out, 'sample.json'), '{}');
    failOn = join(lake, 'traffic');
    // Act
    await expect(prepareOut(out)).rejects.toThrow('stopped');
    failOn = undefined;
    // Assess
    expect(await fs.readdir(lake)).toContain('traffic');
    expect(await isSampleUnfinished(lake)).toBe(true);
    await expect(prepareOut(out)).resolves.toBe(join(lake, 'traffic'));
  });
});
