import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
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

/** A copy of the sample's inventory with a word for a number in links.csv. */
async function badInventory(name: string): Promise<string> {
  const inventory = join(root, name);
  await cp(join(sample, 'inventory'), inventory, { recursive: true });
  const links = (await read(join(inventory, 'links.csv'))).split('\n');
  links[3] = links[3]!.replace(/,(\d+),/, ',lots,');
  await writeFile(join(inventory, 'links.csv'), links.join('\n'));
  return inventory;
}

/** `headroom run` of the sample's lake with `inventory` into `out`. */
const runWith = (inventory: string, out: string) =>
  runCli(
    ...['--lake', join(sample, 'lake'), '--inventory', inventory],
    ...['--out', out, '--as-of', '2026-06-02'],
  );

describe('headroom run: a bad inventory', () => {
  it('stops on a bad inventory before writing, leaving latest as it was', async () => {
    // Prepare
    const out = join(root, 'out-bad');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const before = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const inventory = await badInventory('bad-inventory');

    // Act
    const { code, errors } = await runWith(inventory, out);

    // Assess
    expect(code).toBe(1);
    expect(errors).toMatch(/links\.csv, line 4: field '\w+' .*\(got "lots"\)/);
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      before,
    );
    await expect(stat(join(out, 'reports', '2026-06-02'))).rejects.toThrow();
  });

  it('leaves no scratch folder, nor a lock, in the output folder or the lake it wrote nothing to', async () => {
    // Prepare: an output folder of an earlier run
    const out = join(root, 'out-bad-no-litter');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const outBefore = (await readdir(out)).sort();
    const lakeBefore = (await readdir(join(sample, 'lake'))).sort();
    const inventory = await badInventory('bad-inventory-no-litter');

    // Act
    const { code } = await runWith(inventory, out);

    // Assess: `ls -a` shows what was there before (the run took the report
    // store's lock through a scratch folder, and left it: .headroom-tmp/)
    expect(code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(outBefore);
    expect(outBefore).toEqual(['outbox', 'reports', 'state']);
    const outbox = await readdir(join(out, 'outbox'));
    expect(outbox.filter((name) => name.startsWith('.'))).toEqual([]);
    expect((await readdir(join(out, 'state'))).sort()).not.toContain(
      'run.lock',
    );
    expect((await readdir(join(sample, 'lake'))).sort()).toEqual(lakeBefore);
    expect(lakeBefore.filter((name) => name.startsWith('.'))).toEqual([
      '.headroom-sample',
    ]);
  });

  it('leaves no trace of a new --out, nor of its new parents, and an empty --out that was there stays', async () => {
    // Prepare
    const inventory = await badInventory('bad-inventory-new-out');
    const there = join(root, 'out-there');
    await mkdir(there);

    // Act
    const refused = await runWith(inventory, join(root, 'new', 'out'));
    const refusedThere = await runWith(inventory, there);

    // Assess: the new --out held an empty .headroom-tmp/ before
    expect([refused.code, refusedThere.code]).toEqual([1, 1]);
    await expect(stat(join(root, 'new'))).rejects.toThrow(/ENOENT/);
    expect((await stat(there)).isDirectory()).toBe(true);
  });
});
