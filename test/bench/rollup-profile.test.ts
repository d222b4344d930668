import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { runBench } from '../helpers/run-bench.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rollup-profile-'));
  await generateSample({
    out: root,
    links: 4,
    days: 10,
    seed: 1,
    end: '2026-05-31',
  });
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('bench/rollup-profile.ts', () => {
  it("profiles a batch and leaves nothing in the lake's folder", async () => {
    // Prepare
    const lake = join(root, 'lake');
    const before = await readdir(lake);

    // Act
    const { stdout, code } = await runBench(
      'bench/rollup-profile.ts',
      ...['--lake', lake, '--inventory', join(root, 'inventory')],
      ...['--batch', '0', '--runs', '1', '--top', '2'],
    );

    // Assess: before, it left lake/.headroom-tmp/profile.json, the old
    // shared scratch folder's name
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nreference: [\d.]+ s wall/);
    expect(stdout).toMatch(/\nseries_daily: [\d.]+ s wall/);
    expect((await readdir(lake)).sort()).toEqual(
      [...before, 'inventory_links'].sort(),
    );
  }, 120_000);
});
