import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { isScratchName } from '#lib/adapters/local/scratch';
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
    expect((await readdir(join(root))).filter(isScratchName)).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });
});

describe('FsObjectStore deleting', () => {
  it('removes the folders a delete leaves empty, as S3 keeps no empty prefix', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
    const store = new FsObjectStore(root);
    await store.put('runs/r1/shards/s0001/result.json', '{}');
    await store.put('runs/r1/plan.json', '{}');
    // Act
    await store.delete(['runs/r1/shards/s0001/result.json']);
    const afterOne = await readdir(join(root, 'runs', 'r1'));
    await store.delete(['runs/r1/plan.json']);
    // Assess
    expect(afterOne).toEqual(['plan.json']);
    expect(await readdir(root)).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  it('never fails a write into a folder that a delete empties at the same time', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
    const store = new FsObjectStore(root);
    // Act: each round, the folder's last file goes as another comes
    for (let round = 0; round < 200; round += 1) {
      await store.put('state/old.json', 'x');
      await Promise.all([
        store.delete(['state/old.json']),
        store.put('state/new.json', `${round}`),
      ]);
      // Assess
      expect(await store.list('state/')).toEqual(['state/new.json']);
      await store.delete(['state/new.json']);
    }
    await rm(root, { recursive: true, force: true });
  });

  // Only where /dev/shm is another file system than the temporary folder.
  const otherDevice =
    existsSync('/dev/shm') &&
    statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.runIf(otherDevice)(
    'writes into a subfolder on another file system (a linked or mounted reports/)',
    async () => {
      // Prepare
      const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
      const elsewhere = await mkdtemp('/dev/shm/fs-store-');
      await symlink(elsewhere, join(root, 'reports'));
      const store = new FsObjectStore(root);
      // Act
      await store.put('reports/latest/index.html', '<html>');
      // Assess
      expect(await store.get('reports/latest/index.html')).toEqual(
        new TextEncoder().encode('<html>'),
      );
      expect(await readdir(join(elsewhere, 'latest'))).toEqual(['index.html']);
      await rm(root, { recursive: true, force: true });
      await rm(elsewhere, { recursive: true, force: true });
    },
  );

  it.runIf(otherDevice)(
    'writes pieces into a subfolder on another file system, reading them once and leaving no scratch',
    async () => {
      // Prepare
      const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
      const elsewhere = await mkdtemp('/dev/shm/fs-store-');
      await symlink(elsewhere, join(root, 'reports'));
      const store = new FsObjectStore(root);
      const encode = (text: string) => new TextEncoder().encode(text);
      function* pieces() {
        yield encode('a,b\n');
        yield encode('1,2\n');
      }
      // Act
      await store.putPieces('reports/latest/a.csv', pieces());
      // Assess: the pieces, not a second reading of them (nothing)
      const got = await store.get('reports/latest/a.csv');
      expect(new TextDecoder().decode(got)).toBe('a,b\n1,2\n');
      expect(await readdir(join(elsewhere, 'latest'))).toEqual(['a.csv']);
      expect((await readdir(join(root))).filter(isScratchName)).toEqual([]);
      await rm(root, { recursive: true, force: true });
      await rm(elsewhere, { recursive: true, force: true });
    },
  );
});
