import { forEachLimited } from '#lib/for-each-limited';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  digestOf,
  type FileDigest,
  type PublishedFile,
} from './build-manifest.ts';
import { encodeAndDigest } from './encode-and-digest.ts';
import { type LatestPointer, switchLatest } from './latest-run.ts';
import type { LazyFile } from './lazy-file.ts';

/**
 * Publishes a run's files under `<folder>/` with the manifest last (a
 * folder with a manifest is complete; an earlier run's manifest there, a
 * rerun of the day's, is removed first), then switches `latest` in one
 * step: the pointer `<latest>.json` (e.g. `reports/latest.json`) is
 * written with one conditional PUT and is what readers trust. Only then is
 * the copy in `<latest>/` refreshed for people and links: its manifest is
 * removed first and written last, and files the new run does not have are
 * removed after it, so a copy without a manifest is one being refreshed.
 * A run older than the pointer's leaves both alone. Each file is loaded
 * only when it is written, a few at a time, and dropped once written and
 * digested, so that publish never holds every file; a file rendered in
 * pieces streams into the store (`putPieces`), digested as it passes, so
 * that not even it is held whole (docs/architecture.md "Publish's
 * memory"); a file already in the store (`CopiedFile`, a shard's ISP
 * page) and the `latest/` copy are made inside the store (`store.copy`:
 * S3 CopyObject), so their bytes never pass through publish. The manifest
 * is built from the digests (a copied file's as recorded when written).
 *
 * @param store - the report store
 * @param folder - e.g. `reports/2026-11-26`
 * @param files - the files in manifest order
 * @param manifestOf - builds the manifest from the files' digests
 * @param latest - e.g. `reports/latest`, or undefined to leave it alone
 * @returns when done
 * @example
 * await publishFiles(store, 'reports/2026-11-26', files,
 *   (digests) => buildManifest(run, inputs, evaluations, digests, config),
 *   'reports/latest');
 */
export async function publishFiles(
  store: ObjectStore,
  folder: string,
  files: readonly LazyFile[],
  manifestOf: (digests: readonly FileDigest[]) => PublishedFile,
  latest?: string,
): Promise<void> {
  // A rerun of the day (after a kill, or with late data) rewrites a
  // folder that has a manifest: without it first, a run stopped midway
  // leaves a folder that reads as incomplete, not the earlier run's
  // manifest over some of this run's files.
  await store.delete([`${folder}/manifest.json`]);
  const digests = await writeAll(store, folder, files);
  const manifest = manifestOf(digests);
  await store.put(
    `${folder}/${manifest.path}`,
    manifest.body,
    manifest.contentType,
  );
  if (latest === undefined) return;
  const pointer = pointerTo(folder, manifest.body);
  if (!(await switchLatest(store, pointer))) return;
  const before = await store.list(`${latest}/`);
  // Without its manifest, a half-replaced latest/ reads as incomplete
  // instead of passing for the previous run.
  await store.delete([`${latest}/${manifest.path}`]);
  await copyAll(store, folder, latest, files);
  await store.put(
    `${latest}/${manifest.path}`,
    manifest.body,
    manifest.contentType,
  );
  const now = new Set([
    ...files.map((f) => `${latest}/${f.path}`),
    `${latest}/${manifest.path}`,
  ]);
  await store.delete(before.filter((key) => !now.has(key)));
}

/** The `latest` pointer to the run in `folder`, from its manifest. */
function pointerTo(folder: string, body: string | Uint8Array): LatestPointer {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const run = JSON.parse(text) as { asOf: string; runId: string };
  return { asOf: run.asOf, runId: run.runId, folder };
}

/** How many files are written or copied at a time. */
const CONCURRENCY = 8;

/**
 * Writes the files with bounded concurrency; digests in file order. A
 * text body is encoded once, for both the write and the digest; pieces
 * are encoded and digested as they stream into the store; a copied file
 * keeps the digest it was written with.
 */
async function writeAll(
  store: ObjectStore,
  folder: string,
  files: readonly LazyFile[],
): Promise<FileDigest[]> {
  const digests = new Array<FileDigest>(files.length);
  await forEachLimited(files, CONCURRENCY, async (file, i) => {
    const key = `${folder}/${file.path}`;
    if ('from' in file) {
      await store.copy(file.from, key, file.contentType);
      digests[i] = file.digest;
      return;
    }
    if ('pieces' in file) {
      const encoded = encodeAndDigest(file.pieces());
      await store.putPieces(key, encoded.bytes, file.contentType);
      digests[i] = { path: file.path, ...encoded.digest() };
      return;
    }
    const loaded = await file.load();
    const body = typeof loaded === 'string' ? Buffer.from(loaded) : loaded;
    await store.put(key, body, file.contentType);
    digests[i] = digestOf({ ...file, body });
  });
  return digests;
}

/**
 * Copies the files from `from/` to `to/` inside the store, with their
 * content types; a file gone from `from/` fails with a StoreError.
 */
async function copyAll(
  store: ObjectStore,
  from: string,
  to: string,
  files: readonly LazyFile[],
): Promise<void> {
  await forEachLimited(files, CONCURRENCY, (file) =>
    store.copy(`${from}/${file.path}`, `${to}/${file.path}`, file.contentType),
  );
}
