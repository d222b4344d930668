import { existsSync, statSync } from 'node:fs';
import { mkdtemp, open, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { isScratchName } from '#lib/adapters/local/scratch';
import { StoreError } from '#lib/errors';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('FsObjectStore copy', () => {
  let root: string;
  let store: FsObjectStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'fs-copy-'));
    store = new FsObjectStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('renames a whole copy over the target, so a reader of the old file reads it whole', async () => {
    // Prepare: a reader has the old file open as the copy replaces it
    await store.put('reports/latest/a.csv', 'old,old,old\n');
    await store.put('reports/d2/a.csv', 'new\n');
    const reader = await open(join(root, 'reports/latest/a.csv'));
    // Act
    await store.copy('reports/d2/a.csv', 'reports/latest/a.csv');
    // Assess: a copy written in place would have cut the old file short
    const old = await reader.readFile('utf8');
    await reader.close();
    expect(old).toBe('old,old,old\n');
    expect(text(await store.get('reports/latest/a.csv'))).toBe('new\n');
    expect((await readdir(join(root))).filter(isScratchName)).toEqual([]);
    expect(await readdir(join(root, 'reports/latest'))).toEqual(['a.csv']);
  });

  it('fails with a StoreError and leaves no scratch when the target cannot be written', async () => {
    // Prepare
    await store.put('reports/d1/a.html', 'a');
    const target = `reports/latest/isp/${'a'.repeat(300)}.html`;
    // Act
    const copy = store.copy('reports/d1/a.html', target);
    // Assess
    await expect(copy).rejects.toBeInstanceOf(StoreError);
    await expect(copy).rejects.not.toThrow('there is no');
    expect((await readdir(join(root))).filter(isScratchName)).toEqual([]);
    expect(text(await store.get('reports/d1/a.html'))).toBe('a');
  });

  // Only where /dev/shm is another file system than the temporary folder.
  const otherDevice =
    existsSync('/dev/shm') &&
    statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.runIf(otherDevice)(
    'copies into a subfolder on another file system (a linked reports/)',
    async () => {
      // Prepare
      const elsewhere = await mkdtemp('/dev/shm/fs-copy-');
      await symlink(elsewhere, join(root, 'reports'));
      await store.put('reports/d1/index.html', '<html>');
      // Act
      await store.copy('reports/d1/index.html', 'reports/latest/index.html');
      // Assess
      expect(text(await store.get('reports/latest/index.html'))).toBe('<html>');
      expect(await readdir(join(elsewhere, 'latest'))).toEqual(['index.html']);
      await rm(elsewhere, { recursive: true, force: true });
    },
  );
});
