import { readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isHiddenName } from '../shared/day-folder.ts';
import { listNames } from './duckdb-lake-files.ts';
import { statOrNone } from './stat-or-none.ts';

/** An entry of a traffic day folder that the local lake does not read. */
export interface UnreadEntry {
  readonly name: string;
  readonly reason: string;
}

const NOT_PARQUET =
  'is not named *.parquet: the local lake reads only those (Athena reads ' +
  'every file); rename it, or start its name with . or _ to have it skipped';
const dangling = (target: string) =>
  `is a symbolic link to nothing (${target}): restore its target, or remove it`;
const FOLDER =
  "is a folder: a day's traffic files must be in its dt= folder itself";

/**
 * The entries of a traffic day folder that the local views do not read:
 * files not named `*.parquet` (Athena and Firehose write Parquet with no
 * extension; a CSV export), folders (`hour=00/`) and symbolic links to
 * nothing (an entry removed since the folder was read is passed over). The glob passed them
 * over without a word, and their day read as having no traffic. Hidden
 * names (`.`, `_`: markers, checksums) are skipped, as in S3.
 *
 * @param folder - a `traffic/dt=…` folder
 * @returns its unread entries, sorted by name, with the reason
 * @example
 * await unreadDayEntries('./lake/traffic/dt=2026-01-05');
 * // [{ name: 'export.csv', reason: 'is not named *.parquet: …' }]
 */
export async function unreadDayEntries(folder: string): Promise<UnreadEntry[]> {
  const names = (await listNames(folder))
    .filter((name) => !isHiddenName(name))
    .sort();
  const unread: UnreadEntry[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const info = await statOrNone(path);
    if (info === undefined) {
      const target = await readlink(path).catch(() => undefined);
      if (target !== undefined) unread.push({ name, reason: dangling(target) });
    } else if (info.isDirectory()) {
      unread.push({ name, reason: FOLDER });
    } else if (!name.endsWith('.parquet')) {
      unread.push({ name, reason: NOT_PARQUET });
    }
  }
  return unread;
}
