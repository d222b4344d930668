import type { ObjectStore } from '#lib/ports/object-store';
import type { PublishedFile } from './build-manifest.ts';
import { eagerFile } from './lazy-file.ts';
import { publishFiles } from './publish-files.ts';

/**
 * `publishFiles` for files already in memory: the folder with the
 * manifest last, then the `latest` pointer and the `latest/` copy.
 *
 * @param store - the report store
 * @param folder - e.g. `reports/2026-11-26`
 * @param files - the run's files, without the manifest
 * @param manifest - the manifest file, written last
 * @param latest - e.g. `reports/latest`, or undefined to leave it alone
 * @returns when published
 * @example
 * await publishReports(store, 'reports/2026-11-26', files, manifest,
 *   'reports/latest');
 */
export function publishReports(
  store: ObjectStore,
  folder: string,
  files: readonly PublishedFile[],
  manifest: PublishedFile,
  latest?: string,
): Promise<void> {
  return publishFiles(
    store,
    folder,
    files.map(eagerFile),
    () => manifest,
    latest,
  );
}
