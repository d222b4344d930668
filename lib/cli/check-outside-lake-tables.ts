import { realpath } from 'node:fs/promises';
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
} from 'node:path';
import { LAKE_TABLES } from '#lib/domain/vocabulary';
import { InputError } from '#lib/errors';

/**
 * Refuses a place to write (`headroom run --out`, `headroom backtest
 * --out`) that is, or lies in, one of the lake's tables (`--out
 * lake/traffic`): every entry of a table is read as a `dt=` day, so the
 * run stopped on its own `state/` with `lake/traffic/state is not a day
 * of the lake: name it dt=YYYY-MM-DD …`, a folder the user never made,
 * and a backtest's JSON left there stopped every later run on the lake.
 * The lake's own folder is fine: its tables are beside the report store.
 *
 * @param path - the folder or file to write, which may not exist yet
 * @param lake - the `--lake` folder
 * @param option - the option that named `path`, for the message
 * @throws InputError naming the path, the table and the option
 * @example
 * await checkOutsideLakeTables('out', 'data/lake', '--out');
 */
export async function checkOutsideLakeTables(
  path: string,
  lake: string,
  option: string,
): Promise<void> {
  // Each table's real path: a table may be a symbolic link to another
  // disk, whose `--out lake/traffic` was taken.
  const [where, ...tables] = await Promise.all([
    real(path),
    ...LAKE_TABLES.map((table) => real(join(lake, table))),
  ]);
  for (const [k, table] of LAKE_TABLES.entries()) {
    const inside = relative(tables[k]!, where);
    if (inside.startsWith('..') || isAbsolute(inside)) continue;
    throw new InputError(
      path,
      `is in the lake's table ${table}/ (${join(lake, table)}), whose ` +
        'every entry is read as a day dt=YYYY-MM-DD: what the command ' +
        `writes there would stop the runs on the lake; ${option} must ` +
        `name a place outside ${LAKE_TABLES.map((t) => `${t}/`).join(', ')} ` +
        '(the lake folder itself will do)',
    );
  }
}

/**
 * The path with its symbolic links resolved, as far as it exists: a
 * folder to create is its existing parent's real path and the rest.
 */
async function real(path: string): Promise<string> {
  const absolute = resolve(path);
  const found = await realpath(absolute).catch(() => undefined);
  if (found !== undefined) return found;
  const parent = dirname(absolute);
  return parent === absolute
    ? absolute
    : join(await real(parent), basename(absolute));
}
