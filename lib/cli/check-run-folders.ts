import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '#lib/errors';
import { fileInTheWay } from '#lib/file-in-the-way';
import { EMPTY_LAKE } from '#lib/pipeline/lake-coverage';
import { isSampleUnfinished, sampleStamp } from '#lib/sample/index';
import { childHolding } from './child-holding.ts';

/**
 * Refuses a lake a run cannot read: a folder that does not exist, a
 * sample that `headroom sample` did not finish writing (stopped, or still
 * being written by another process), or, given the sample's stamp when
 * the run began, a sample written again since (the run read the
 * inventory before).
 *
 * @param lake - the `--lake` folder
 * @param stamp - the sample's stamp when the run began, to check again
 * @throws InputError naming the folder and what to do
 * @example
 * await checkLake('lake', await sampleStamp('lake'));
 */
export async function checkLake(lake: string, stamp?: number): Promise<void> {
  if (!existsSync(lake)) {
    throw new InputError(
      lake,
      'does not exist: --lake must name a folder holding traffic/ ' +
        '(write a sample with `headroom sample --out DIR`)',
    );
  }
  await checkLakeFolder(lake);
  if (await isSampleUnfinished(lake)) {
    throw new InputError(
      lake,
      'holds a sample that headroom sample did not finish writing (it was ' +
        'stopped, or is still being written): wait for it, or write it ' +
        'again with `headroom sample --out DIR`',
    );
  }
  // Before the rollup writes its inventory_links/ into a folder that is
  // no lake at all.
  const tables = await readdir(lake);
  if (!tables.includes('traffic') && !tables.includes('series_daily')) {
    // A sample's folder, above its lake/ (`--lake data/sample`).
    const meant = await childHolding(lake, ['traffic', 'series_daily']);
    throw new InputError(
      lake,
      meant === undefined
        ? EMPTY_LAKE
        : `holds no traffic/ nor series_daily/, but its folder ${meant} ` +
            `does: --lake must name the lake itself (${meant}?)`,
    );
  }
  if (stamp !== undefined && (await sampleStamp(lake)) !== stamp) {
    throw new InputError(
      lake,
      'was written again by headroom sample while this run waited for the ' +
        "lake's lock, with its inventory: run again",
    );
  }
}

/**
 * Refuses an output folder that is, or lies under, a file: the sweep of
 * leftovers, the lock and every write failed on it with a stack trace
 * (ENOTDIR). A folder that does not exist yet is created by the run.
 *
 * @param out - the `--out` folder
 * @throws InputError naming the file in the way
 * @example
 * await checkOut('out');
 */
export async function checkOut(out: string): Promise<void> {
  const file = await fileInTheWay(out);
  if (file !== undefined) {
    throw new InputError(
      file,
      'is a file: --out must name a folder for the report store ' +
        '(reports/, state/, outbox/), or one to create',
      { value: out },
    );
  }
}

/**
 * Refuses a --lake that is a file, or one of the lake's tables (a folder
 * of dt= folders, `--lake lake/traffic`): the rollup wrote its
 * inventory_links/ into that table before the plan found no traffic,
 * and every later run on the real lake stopped on it; `headroom
 * backtest` said such a table held nothing rolled up.
 *
 * @param lake - the `--lake` folder, which exists
 * @param table - the table the command reads, named in the messages
 * @throws InputError naming the file, or the table and its parent
 * @example
 * await checkLakeFolder('lake/series_daily', 'series_daily');
 */
export async function checkLakeFolder(
  lake: string,
  table: 'traffic' | 'series_daily' = 'traffic',
): Promise<void> {
  const hint =
    table === 'traffic'
      ? ' (write a sample with `headroom sample --out DIR`)'
      : '';
  if (!(await stat(lake)).isDirectory()) {
    throw new InputError(
      lake,
      `is a file: --lake must name a folder holding ${table}/${hint}`,
    );
  }
  const names = await readdir(lake);
  if (names.some((name) => name.startsWith('dt='))) {
    throw new InputError(
      lake,
      'holds dt=YYYY-MM-DD folders, as a table of a lake does: --lake ' +
        `must name the folder that holds ${table}/ (its parent, ${dirname(lake)}?)`,
    );
  }
}
