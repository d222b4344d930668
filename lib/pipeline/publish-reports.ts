import type { ObjectStore } from '#lib/ports/object-store';

/** A file of a report run, relative to the run's folder. */
export interface PublishedFile {
  readonly path: string;
  readonly body: string | Uint8Array;
  readonly contentType: string;
}

/**
 * Publishes a run's files under `<prefix>/<run>/`, then replaces
 * `<prefix>/latest/`. The manifest is written last in both places, so a
 * folder with a manifest is complete; a run that fails before the end leaves
 * the previous `latest/` as it was. Files of the previous `latest/` that the
 * new run does not have are removed after the new manifest is in place.
 * While `latest/` is being replaced it has no manifest, so a failure
 * midway never leaves new files under the previous run's manifest.
 *
 * @param store - the report store
 * @param folder - e.g. `reports/2026-11-26`
 * @param files - the run's files, without the manifest
 * @param manifest - the manifest file, written last
 * @param latest - e.g. `reports/latest`, or undefined to leave it alone
 * @returns the keys written
 * @example
 * await publishReports(store, 'reports/2026-11-26', files, manifest,
 *   'reports/latest');
 */
export async function publishReports(
  store: ObjectStore,
  folder: string,
  files: readonly PublishedFile[],
  manifest: PublishedFile,
  latest?: string,
): Promise<string[]> {
  const written = await writeFolder(store, folder, files, manifest);
  if (latest === undefined) return written;
  const before = await store.list(`${latest}/`);
  // Without its manifest, a half-replaced latest/ reads as incomplete
  // instead of passing for the previous run.
  await store.delete([`${latest}/${manifest.path}`]);
  const now = await writeFolder(store, latest, files, manifest);
  const stale = before.filter((key) => !now.includes(key));
  await store.delete(stale);
  return [...written, ...now];
}

async function writeFolder(
  store: ObjectStore,
  folder: string,
  files: readonly PublishedFile[],
  manifest: PublishedFile,
): Promise<string[]> {
  const keys: string[] = [];
  // Bounded concurrency: S3 and the disk both like a few writes at a time.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = `${folder}/${file.path}`;
      await store.put(key, file.body, file.contentType);
      keys.push(key);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const manifestKey = `${folder}/${manifest.path}`;
  await store.put(manifestKey, manifest.body, manifest.contentType);
  return [...keys.sort(), manifestKey];
}
