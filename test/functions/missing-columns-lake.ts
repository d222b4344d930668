import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { writeParquet } from '../helpers/write-parquet.ts';

const ALL = 'ts, link_id, out_bps, in_bps, capacity_bps';
/**
 * The files split off a sample day's `part-0.parquet`: a link's rows,
 * written without one column of the contract, or with one as text.
 */
const SPLITS = [
  {
    day: '2026-11-24',
    file: 'no-in',
    link: 'jnb1-highveldfibre-ix-1',
    lacks: 'in_bps',
  },
  {
    day: '2026-11-24',
    file: 'no-cap',
    link: 'jnb1-highveldfibre-ix-2',
    lacks: 'capacity_bps',
  },
  {
    day: '2026-11-23',
    file: 'no-out',
    link: 'jnb1-highveldfibre-ix-3',
    lacks: 'out_bps',
  },
  {
    day: '2026-11-23',
    file: 'no-ts',
    link: 'fra1-rheinwelletelekom-ix-1',
    lacks: 'ts',
  },
  {
    day: '2026-11-25',
    file: 'no-link',
    link: 'jnb1-highveldfibre-ix-1',
    lacks: 'link_id',
  },
  // in_bps written as text, as a CSV import into a data frame writes it:
  // a column the rollup never reads
  {
    day: '2026-11-25',
    file: 'text-in',
    link: 'jnb1-highveldfibre-ix-2',
    lacks: '',
    text: 'in_bps',
  },
] as const;

/**
 * Splits each `SPLITS` file off its day of the sample `lake`, lacking its
 * column; the rest of the day goes to `rest.parquet`.
 *
 * @param lake - a sample lake (its `traffic/dt=…/part-0.parquet` files)
 * @param scratch - a folder for the engine that counts the rows
 * @returns the rows of each split file, by its name (`no-in`, …)
 */
export async function splitDays(
  lake: string,
  scratch: string,
): Promise<Map<string, number>> {
  const splitRows = new Map<string, number>();
  for (const day of new Set(SPLITS.map((s) => s.day))) {
    const folder = join(lake, 'traffic', `dt=${day}`);
    const whole = join(folder, 'part-0.parquet');
    const splits = SPLITS.filter((s) => s.day === day);
    for (const split of splits) {
      const { file, link, lacks } = split;
      const text = 'text' in split ? split.text : '';
      const columns = ALL.split(', ')
        .filter((c) => c !== lacks)
        .map((c) => (c === text ? `CAST(${c} AS VARCHAR) AS ${c}` : c));
      const rows = `FROM read_parquet('${whole}') WHERE link_id = '${link}'`;
      await writeParquet(
        join(folder, `${file}.parquet`),
        `SELECT ${columns.join(', ')} ${rows}`,
      );
      const counted = await countRows(join(folder, `${file}.parquet`), scratch);
      splitRows.set(file, counted);
    }
    const links = splits.map((s) => `'${s.link}'`).join(', ');
    await writeParquet(
      join(folder, 'rest.parquet'),
      `SELECT ${ALL} FROM read_parquet('${whole}') ` +
        `WHERE link_id NOT IN (${links})`,
    );
    await rm(whole);
  }
  return splitRows;
}

/** The rows of a Parquet file. */
async function countRows(path: string, scratch: string): Promise<number> {
  const engine = await DuckDbQueryEngine.create({ lakeDir: scratch });
  try {
    const [row] = await engine.query(
      `SELECT count(*) AS n FROM read_parquet('${path}')`,
    );
    return Number(row?.n);
  } finally {
    await engine.close();
  }
}
