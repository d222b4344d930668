import { join } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import type { LakeTable, PartitionListing } from '#lib/ports/query-engine';
import { runDuckDb } from './duckdb-run.ts';
import { lakeViewSql } from './lake-view-sql.ts';
import type { TrafficCheck } from './traffic-check.ts';

/** The lake a view is made over, and the traffic files it leaves out. */
export interface LakeViewContext {
  readonly instance: DuckDBInstance;
  readonly lakeDir: string;
  /** Traffic files found unreadable (`traffic/dt=…/file`): left out. */
  readonly unreadable: ReadonlySet<string>;
  /**
   * Orders the traffic files left, those checked good first, and tells
   * those lacking columns of the contract (read by name, the columns
   * NULL).
   */
  readonly trafficCheck: Pick<
    TrafficCheck,
    'orderGoodFirst' | 'splitLacking' | 'lackingCount'
  >;
  /**
   * Whether the traffic view lists its files even with none left out:
   * once its glob's first file did not read the others as written
   * (`traffic-view.ts`).
   */
  readonly listed: boolean;
}

/**
 * Points a table's view at its files: a glob, or the readable traffic
 * files, good first, once some are known unreadable or lacking columns
 * (read apart, by name: `lakeViewSql`), or the glob's first file would
 * not do (`listed`).
 *
 * @param lake - the database, the lake's folder and the files left out
 * @param table - the table
 * @param listings - its day folders and their Parquet files
 * @returns whether DuckDB created it (none for a table with no file),
 *   and if not, DuckDB's reason (which names a file)
 * @example
 * await createLakeView(lake, 'traffic', listings); // { created: true }
 */
export async function createLakeView(
  lake: LakeViewContext,
  table: LakeTable,
  listings: readonly PartitionListing[],
): Promise<{ created: boolean; reason?: string }> {
  const paths = listings.flatMap(({ dt, files }) =>
    files.map((f) => `${table}/dt=${dt}/${f.name}`),
  );
  const explicit =
    table === 'traffic' &&
    (lake.listed ||
      lake.unreadable.size > 0 ||
      lake.trafficCheck.lackingCount > 0);
  const { lacking, dropping, others } = explicit
    ? lake.trafficCheck.splitLacking(
        paths.filter((path) => !lake.unreadable.has(path)),
      )
    : { lacking: [], dropping: [], others: paths };
  const files = explicit
    ? lake.trafficCheck.orderGoodFirst(others)
    : paths.length > 0
      ? [join(table, 'dt=*', '*.parquet')]
      : [];
  if (files.length + lacking.length + dropping.length === 0) {
    return { created: false, reason: 'no file' };
  }
  const inLake = (list: readonly string[]) =>
    list.map((path) => join(lake.lakeDir, path));
  const sql = lakeViewSql(
    table,
    inLake(files),
    inLake(lacking),
    inLake(dropping),
  );
  return runDuckDb(lake.instance, sql).then(
    () => ({ created: true }),
    (error: Error) => ({ created: false, reason: error.message }),
  );
}
