import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { SMALL, useSmallSample } from './generate-sample-fixture.ts';
import { fileHashes, query, traffic } from './sample-fixture.ts';

const { root, a } = useSmallSample();

describe('generateSample determinism', () => {
  it('writes identical files for the same options', async () => {
    // Prepare
    const b = join(root, 'b');
    // Act
    await generateSample({ ...SMALL, out: b, seed: 1 });
    // Assess
    expect(await fileHashes(b)).toEqual(await fileHashes(a));
    const rowsOf = (dir: string) =>
      query(`SELECT * EXCLUDE (dt) FROM ${traffic(dir)} ORDER BY ALL`);
    expect(await rowsOf(b)).toEqual(await rowsOf(a));
  });

  it('writes another sample for another seed', async () => {
    // Prepare
    const c = join(root, 'c');
    // Act
    await generateSample({ ...SMALL, out: c, seed: 2 });
    // Assess
    const inventory = (dir: string) =>
      readFile(join(dir, 'inventory', 'links.csv'), 'utf8');
    expect(await inventory(c)).not.toBe(await inventory(a));
    const total = (dir: string) =>
      query(
        `SELECT sum(out_bps) FILTER (isfinite(out_bps)) AS s FROM ${traffic(dir)}`,
      );
    expect(await total(c)).not.toEqual(await total(a));
  });
});
