import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { publishReports } from '#lib/pipeline/publish-reports';
import type { ObjectStore } from '#lib/ports/object-store';

/** A report file of `body`, as text. */
export const file = (path: string, body: string) => ({
  path,
  body,
  contentType: 'text/plain',
});
/** An object's text, or undefined. */
export const text = async (store: ObjectStore, key: string) => {
  const bytes = await store.get(key);
  return bytes && new TextDecoder().decode(bytes);
};

/** A manifest naming run `n` (dated `2026-11-0n`). */
export const manifestOf = (n: number) =>
  file(
    'manifest.json',
    JSON.stringify({ runId: `r${n}`, asOf: `2026-11-0${n}` }),
  );

/** The store, but a put of a matching key fails with `message`. */
export const failingOn = (
  store: ObjectStore,
  fails: (key: string) => boolean,
  message: string,
): ObjectStore => ({
  get: (k) => store.get(k),
  getVersioned: (k) => store.getVersioned(k),
  getSize: (k) => store.getSize(k),
  list: (p) => store.list(p),
  delete: (k) => store.delete(k),
  deleteIf: (k, c) => store.deleteIf(k, c),
  put: async (k, b) => {
    if (fails(k)) throw new Error(message);
    await store.put(k, b);
  },
  putPieces: async (k, pieces) => {
    if (fails(k)) throw new Error(message);
    await store.putPieces(k, pieces);
  },
  putIf: async (k, b, c) => {
    if (fails(k)) throw new Error(message);
    return store.putIf(k, b, c);
  },
  copy: async (from, to, type) => {
    if (fails(to)) throw new Error(message);
    await store.copy(from, to, type);
  },
});

/**
 * A file store in a fresh folder where run `n` published `files` to
 * `reports/d<n>` and `reports/latest`.
 */
export async function publishedRun(
  files: ReturnType<typeof file>[],
  n = 1,
): Promise<FsObjectStore> {
  const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
  const folder = `reports/d${n}`;
  await publishReports(store, folder, files, manifestOf(n), 'reports/latest');
  return store;
}
