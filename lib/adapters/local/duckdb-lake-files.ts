import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  LakeTable,
  PartitionFile,
  PartitionListing,
} from '#lib/ports/query-engine';
import { LakeDataError } from '#lib/query-error';
import { isDayFolder } from '../shared/day-folder.ts';
import { MARKER_FILE, parseMarker } from '../shared/partition-marker.ts';
import { statOrNone } from './stat-or-none.ts';

/**
 * The `dt` days of a lake table that hold at least one Parquet file.
 *
 * @param lakeDir - the lake's folder
 * @param table - the table (a folder below the lake)
 * @returns the days, sorted
 * @example
 * await listPartitionDays('./data/lake', 'traffic'); // ['2026-01-01', …]
 */
export async function listPartitionDays(
  lakeDir: string,
  table: LakeTable,
): Promise<string[]> {
  const listings = await describePartitionFolders(lakeDir, table, false);
  return listings.filter((p) => p.files.length > 0).map((p) => p.dt);
}

/**
 * Every `dt=` folder of a lake table with its Parquet files (name and
 * size) and, when asked, its marker.
 *
 * @param lakeDir - the lake's folder
 * @param table - the table
 * @param markers - whether to read the markers
 * @returns one listing per folder, sorted by day
 * @example
 * await describePartitionFolders('./lake', 'series_daily', true);
 */
export async function describePartitionFolders(
  lakeDir: string,
  table: LakeTable,
  markers = true,
): Promise<PartitionListing[]> {
  const folders = (await listNames(join(lakeDir, table)))
    .filter((name) => isDayFolder(name, join(lakeDir, table, name)))
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const folder = join(lakeDir, table, name);
      const files = await parquetFiles(folder);
      const marker = markers ? await readMarker(folder) : undefined;
      return { dt: name.slice(3), files, ...(marker ? { marker } : {}) };
    }),
  );
}

/**
 * The Parquet files (names ending `.parquet`) of a folder, with sizes;
 * an entry with nothing behind it (a symbolic link to nothing, a file
 * removed since the folder was read) is none: its `stat` stopped the run
 * with a stack trace (`unreadDayEntries` names such a link).
 *
 * @param folder - the folder
 * @returns files, or none when the folder does not exist
 * @example
 * await parquetFiles('./lake/traffic/dt=2026-01-01');
 */
export async function parquetFiles(folder: string): Promise<PartitionFile[]> {
  const names = (await listNames(folder)).filter((n) => n.endsWith('.parquet'));
  const files = await Promise.all(
    names.sort().map(async (name) => {
      const info = await statOrNone(join(folder, name));
      return info && { name, bytes: info.size };
    }),
  );
  return files.filter((file) => file !== undefined);
}

async function readMarker(folder: string) {
  try {
    return parseMarker(await readFile(join(folder, MARKER_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The names in a folder; none when it does not exist.
 *
 * @param folder - the folder
 * @returns its entries' names
 * @throws LakeDataError naming the path when it is a file
 * @example
 * await listNames('./lake/traffic');
 */
export async function listNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') {
      throw new LakeDataError(
        `${folder} is a file where the lake needs a folder ` +
          '(a table, or a dt=YYYY-MM-DD partition of one)',
        { cause: error },
      );
    }
    throw error;
  }
}
