import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { dir, useInventoryDir } from './load-inventory-fixture.ts';

useInventoryDir();

describe('loadInventory', () => {
  it('stops on a byte that is not UTF-8, naming the file and its line, instead of renaming the ISP', async () => {
    // Prepare: 'Thames Fibre' with a Latin-1 é on the third line
    const file = join(dir, 'links.csv');
    const text = await readFile(file, 'utf8');
    const [head, tail] = text.split('Thames Fibre');
    const bytes = Buffer.concat([
      Buffer.from(`${head}Thames F`),
      Buffer.from([0xe9]),
      Buffer.from(`bre${tail}`),
    ]);
    await writeFile(file, bytes);
    const line = head!.split('\n').length;

    // Act
    const loading = loadInventory(new FsObjectStore(dir), DEFAULT_CONFIG, dir);

    // Assess
    await expect(loading).rejects.toThrow(
      new RegExp(`links\\.csv.*line ${line}.*not UTF-8`),
    );
  });

  it('reads a UTF-8 file with a byte order mark', async () => {
    // Prepare
    const file = join(dir, 'links.csv');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);

    // Act
    const { links } = await loadInventory(
      new FsObjectStore(dir),
      DEFAULT_CONFIG,
    );

    // Assess
    expect(links.map((l) => l.linkId)).toEqual(['l1', 'l2']);
  });
});
