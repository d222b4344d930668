import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { StoreConflictError } from '#lib/errors';
import { THIS_PROCESS } from '#lib/process-identity';

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

const KEY = 'state/rollup.lock';

/**
 * A store whose lock another holder is changing (its key mutex held),
 * and whose last file, with its folder, that holder then deletes while
 * `act` waits for the mutex: what the last plan's release of a local
 * lake's lock does (a conditional delete, then its empty `state/`).
 */
async function folderGoneWhile<T>(
  act: (store: FsObjectStore, version: string) => Promise<T>,
) {
  root = await mkdtemp(join(tmpdir(), 'fs-if-match-gone-'));
  const store = new FsObjectStore(root);
  const version = await store.putIf(KEY, 'a', { ifNoneMatch: '*' });
  const mutex = join(root, `${KEY}.cas-lock`);
  await writeFile(mutex, `${THIS_PROCESS}\n`);
  const settled = act(store, version).catch((error: unknown) => error);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await rm(join(root, 'state'), { recursive: true, force: true });
  return settled;
}

describe("a local compare-and-swap whose key's folder goes as it waits", () => {
  it('refuses the replace as a conflict (the version read is gone), not a failure to write', async () => {
    const refused = await folderGoneWhile((store, version) =>
      store.putIf(KEY, 'b', { ifMatch: version }),
    );

    expect(refused).toBeInstanceOf(StoreConflictError);
    expect(await new FsObjectStore(root).get(KEY)).toBeUndefined();
  });

  it('leaves the delete done: nothing is there to delete', async () => {
    const deleted = await folderGoneWhile((store, version) =>
      store.deleteIf(KEY, { ifMatch: version }),
    );

    expect(deleted).toBeUndefined();
  });
});
