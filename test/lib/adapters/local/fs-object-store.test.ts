import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { StoreError } from '#lib/errors';
import { describeObjectStoreContract } from '../object-store-contract.ts';

describeObjectStoreContract('FsObjectStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
  return {
    store: new FsObjectStore(root),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe('FsObjectStore with a name too long for the file system', () => {
  it('fails with a StoreError and leaves no temporary file behind', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
    const store = new FsObjectStore(root);
    const key = `reports/d/isp/${'a'.repeat(300)}.html`;
    // Act
    const put = store.put(key, 'x');
    // Assess
    await expect(put).rejects.toBeInstanceOf(StoreError);
    expect(await readdir(join(root, 'reports/d/isp'))).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });
});
