import { readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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
 * Another name for a table is refused too (`tableHolding`): a symbolic
 * link, or `lake/Traffic` on a file system that ignores case.
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
  const table = await tableHolding(path, lake);
  if (table === undefined) return;
  throw new InputError(
    path,
    `is in the lake's table ${table}/ (${join(lake, table)}), whose ` +
      'every entry is read as a day dt=YYYY-MM-DD: what the command ' +
      `writes there would stop the runs on the lake; ${option} must ` +
      `name a place outside ${LAKE_TABLES.map((t) => `${t}/`).join(', ')} ` +
      '(the lake folder itself will do)',
  );
}

/**
 * The table `path` is in, or undefined. Folders are compared by identity
 * (device and inode), not by path: a table reached by a symbolic link,
 * a bind mount, or in another case on a file system that ignores case
 * (macOS, Windows: `lake/Traffic` is `lake/traffic`, which a path
 * comparison let through) is the same folder. A name under the lake
 * itself is compared without case, for a table not made yet.
 */
async function tableHolding(
  path: string,
  lake: string,
): Promise<string | undefined> {
  const [lakeId, ...tableIds] = await Promise.all(
    [lake, ...LAKE_TABLES.map((t) => join(lake, t))].map(identity),
  );
  let child: string | undefined;
  for (let at = await real(path); ; at = dirname(at)) {
    const id = await identity(at);
    const k = LAKE_TABLES.findIndex(
      (table, i) =>
        id !== undefined &&
        (id === tableIds[i] ||
          (id === lakeId && child?.toLowerCase() === table)),
    );
    if (k >= 0) return LAKE_TABLES[k];
    if (dirname(at) === at) return undefined;
    child = basename(at);
  }
}

/** A folder's device and inode, or undefined where nothing is. */
async function identity(path: string): Promise<string | undefined> {
  const found = await stat(path, { bigint: true }).catch(() => undefined);
  return found === undefined ? undefined : `${found.dev}:${found.ino}`;
}

/**
 * The path with its symbolic links resolved, as far as it exists: a
 * folder to create is its existing parent's real path and the rest; a
 * link whose target is not made yet is its target's (writing the output
 * opens the link, which makes the target: `bt.json` linking to
 * `lake/traffic/bt.json` wrote there). Past 40 links, as `ELOOP`, the
 * path is taken as it is.
 */
async function real(path: string, links = 0): Promise<string> {
  const absolute = resolve(path);
  const found = await realpath(absolute).catch(() => undefined);
  if (found !== undefined) return found;
  const target =
    links < 40 ? await readlink(absolute).catch(() => undefined) : undefined;
  if (target !== undefined) {
    return real(resolve(dirname(absolute), target), links + 1);
  }
  const parent = dirname(absolute);
  return parent === absolute
    ? absolute
    : join(await real(parent, links), basename(absolute));
}
