import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TableFolderStore } from '#lib/adapters/aws/table-folder-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { isScratchName } from '#lib/adapters/local/scratch';
import { describeObjectStoreContract } from '../object-store-contract.ts';

describeObjectStoreContract('TableFolderStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'folder-store-'));
  return {
    store: new TableFolderStore(new FsObjectStore(root)),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe('TableFolderStore layout', () => {
  it('stores each top-level CSV in a folder of its own name', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'folder-store-'));
    const store = new TableFolderStore(new FsObjectStore(root));
    // Act
    await store.put('links.csv', 'link_id\n');
    await store.put('augments.csv', 'group\n');
    // Assess
    const folders = (await readdir(root)).filter((n) => !isScratchName(n));
    expect(folders.sort()).toEqual(['augments', 'links']);
    expect(await readdir(join(root, 'links'))).toEqual(['links.csv']);
    expect(await store.list('')).toEqual(['augments.csv', 'links.csv']);
    await rm(root, { recursive: true, force: true });
  });
});
