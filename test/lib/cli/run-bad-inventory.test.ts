import { cp, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  lakeArgs,
  read,
  root,
  runCli,
  sample,
  useSample,
} from './run-fixture.ts';

useSample();

describe('headroom run: a bad inventory', () => {
  it('stops on a bad inventory before writing, leaving latest as it was', async () => {
    // Prepare
    const out = join(root, 'out-bad');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const before = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const inventory = join(root, 'bad-inventory');
    await cp(join(sample, 'inventory'), inventory, { recursive: true });
    const links = (await read(join(inventory, 'links.csv'))).split('\n');
    links[3] = links[3]!.replace(/,(\d+),/, ',lots,');
    await writeFile(join(inventory, 'links.csv'), links.join('\n'));

    // Act
    const { code, errors } = await runCli(
      '--lake',
      join(sample, 'lake'),
      '--inventory',
      inventory,
      '--out',
      out,
      '--as-of',
      '2026-06-02',
    );

    // Assess
    expect(code).toBe(1);
    expect(errors).toMatch(/links\.csv, line 4: field '\w+' .*\(got "lots"\)/);
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      before,
    );
    await expect(stat(join(out, 'reports', '2026-06-02'))).rejects.toThrow();
  });
});
