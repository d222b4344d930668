import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** Runs SQL in a throw-away DuckDB and returns JSON-friendly row objects. */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The traffic of a sample as a DuckDB table expression. */
export const traffic = (dir: string): string =>
  `read_parquet('${dir}/lake/traffic/*/*.parquet', hive_partitioning = true)`;

/** The inventory's links as a DuckDB table expression, with the group key. */
export const links = (dir: string): string =>
  `(SELECT *, coalesce("group", isp || '/' || site || '/' || link_type) AS g
    FROM read_csv('${dir}/inventory/links.csv', all_varchar = true))`;

/** sha256 of every file under a folder, by relative path. */
export async function fileHashes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name !== 'sample.json')
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const hash = createHash('sha256').update(await readFile(file));
    hashes[relative(dir, file)] = hash.digest('hex');
  }
  return hashes;
}
