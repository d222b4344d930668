import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { describeObjectStoreContract } from '../object-store-contract.ts';

describeObjectStoreContract('FsObjectStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
  return {
    store: new FsObjectStore(root),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});
