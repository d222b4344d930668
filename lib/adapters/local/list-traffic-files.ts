import { join } from 'node:path';
import type { UnreadableFile } from '#lib/ports/query-engine';
import { parquetFiles } from './duckdb-lake-files.ts';
import { statOrNone } from './stat-or-none.ts';
import { unreadDayEntries } from './unread-day-entries.ts';

/** A day's traffic file as a check knows it. */
export interface TrafficFile {
  readonly day: string;
  /** The file's name in its `dt=` folder. */
  readonly name: string;
  /** Its path on disk. */
  readonly path: string;
  /** `path|size|mtime`: a replaced file has a new key. */
  readonly key: string;
}

/**
 * The Parquet files of these days' traffic folders, each keyed by path,
 * size and modification time (a file removed since it was listed is left
 * out: there is nothing to read), and the entries of those folders the
 * views do not read (`unread-day-entries.ts`), with the reason.
 *
 * @param lakeDir - the lake's folder
 * @param days - the days
 * @returns the files, in the days' order, and the entries left unread
 * @example
 * const { files, unread } = await listTrafficFiles(lakeDir, ['2026-01-01']);
 */
export async function listTrafficFiles(
  lakeDir: string,
  days: readonly string[],
): Promise<{ files: TrafficFile[]; unread: UnreadableFile[] }> {
  const files: TrafficFile[] = [];
  const unread: UnreadableFile[] = [];
  for (const day of days) {
    const folder = join(lakeDir, 'traffic', `dt=${day}`);
    for (const { name, reason } of await unreadDayEntries(folder)) {
      unread.push({ file: `traffic/dt=${day}/${name}`, day, reason });
    }
    for (const { name } of await parquetFiles(folder)) {
      const path = join(folder, name);
      const info = await statOrNone(path);
      if (info === undefined) continue; // removed since: nothing to read
      files.push({
        day,
        name,
        path,
        key: `${path}|${info.size}|${info.mtimeMs}`,
      });
    }
  }
  return { files, unread };
}
