import type { ObjectStore } from '#lib/ports/object-store';
import { switchLatest } from './latest-run.ts';

/** A file of a report run, relative to the run's folder. */
export interface PublishedFile {
  readonly path: string;
  readonly body: string | Uint8Array;
  readonly contentType: string;
}

/**
 * Publishes a run's files under `<prefix>/<run>/` with the manifest last
 * (a folder with a manifest is complete), then switches `latest` in one
 * step: the pointer `<latest>.json` (e.g. `reports/latest.json`) is
 * written with one conditional PUT and is what readers trust. Only then is
 * the copy in `<latest>/` refreshed for people and links: its manifest is
 * removed first and written last, and files the new run does not have are
 * removed after it, so a copy without a manifest is one being refreshed.
 * A run older than the pointer's leaves both alone.
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
  const text =
    typeof manifest.body === 'string'
      ? manifest.body
      : new TextDecoder().decode(manifest.body);
  const run = JSON.parse(text) as {
    asOf: string;
    runId: string;
  };
  const pointer = { asOf: run.asOf, runId: run.runId, folder };
  if (!(await switchLatest(store, pointer))) return written;
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
