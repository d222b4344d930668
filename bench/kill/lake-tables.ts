import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** The rolled-up tables a kill must leave whole or redo exactly. */
const TABLES = ['series_daily', 'quality_daily'] as const;

/**
 * The rows of the lake's rolled-up tables as the pipeline reads them
 * (every Parquet file of every `dt=` folder, `lib/adapters/local/
 * duckdb-lake-views.ts`), sorted, one JSON row a line, keyed
 * `lake/<table>`: a day rolled up twice, or half, shows as rows that
 * differ from an uninterrupted run's.
 *
 * @param lake - the lake folder
 * @returns table → its rows as text
 * @example
 * const tables = await readLakeTables('/tmp/kill/trial/lake');
 */
export async function readLakeTables(
  lake: string,
): Promise<Map<string, string>> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const tables = new Map<string, string>();
  try {
    for (const table of TABLES) {
      const glob = join(lake, table, 'dt=*', '*.parquet').replaceAll("'", "''");
      const reader = await connection.runAndReadAll(
        `SELECT * FROM read_parquet('${glob}', hive_partitioning = true, ` +
          `hive_types = {'dt': VARCHAR}, union_by_name = true) ORDER BY ALL`,
      );
      const rows = reader.getRowObjectsJson().map((r) => JSON.stringify(r));
      tables.set(`lake/${table}`, rows.join('\n'));
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return tables;
}

/**
 * Parquet files of the rolled-up tables that their day's marker does not
 * name (a day folder without a marker counts every file): what a rollup
 * killed between moving a day's new files in and removing the old ones
 * leaves, and what the next rollup of that day must remove.
 *
 * @param lake - the lake folder
 * @returns the files' paths below the lake
 * @example
 * await unmarkedFiles('/tmp/kill/trial/lake'); // []
 */
export async function unmarkedFiles(lake: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of TABLES) {
    for (const day of await names(join(lake, table))) {
      const folder = join(lake, table, day);
      const named = await markedNames(folder);
      for (const file of await names(folder)) {
        if (file.endsWith('.parquet') && !named.has(file)) {
          found.push(`lake/${table}/${day}/${file}`);
        }
      }
    }
  }
  return found;
}

/** The files a day folder's marker names: none without a marker. */
async function markedNames(folder: string): Promise<Set<string>> {
  try {
    const text = await readFile(join(folder, '_SUCCESS'), 'utf8');
    const marker = JSON.parse(text) as { files?: { name: string }[] };
    return new Set((marker.files ?? []).map((f) => f.name));
  } catch {
    return new Set();
  }
}

async function names(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}
