import type { PartitionListing } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';
import { createLakeView, type LakeViewContext } from './create-lake-view.ts';
import { runDuckDbRows } from './duckdb-run.ts';
import type { TrafficCheck } from './traffic-check.ts';
import { holdsEveryTrafficFile } from './traffic-contract.ts';

/** The traffic view's lake, and what it has learnt of the files. */
export interface TrafficViewContext extends LakeViewContext {
  /** Traffic files found unreadable: left out, from now on. */
  readonly unreadable: Set<string>;
  readonly trafficCheck: TrafficCheck;
  /** Set once the view lists its files rather than a glob. */
  listed: boolean;
}

/**
 * Points the `traffic` view at the lake's traffic files, so that every
 * day it reads is read as written. DuckDB takes a view's column types
 * from its first file and casts the others to them
 * (docs/architecture.md "Days with files left out, or added late"). A
 * glob's first file is in the oldest day, which a daily run never
 * checks: unreadable, it failed the view; of a type the contract refuses
 * (`ts` as text, `out_bps` as BIGINT) it failed every run's rollup; of
 * FLOAT, it rounded every other file's doubles. Then every day's files
 * are checked and the view lists the readable ones, those that read all
 * the others first.
 *
 * @param lake - the database, the lake and what is known of its files
 * @param listings - the traffic day folders and their Parquet files
 * @returns whether DuckDB created the view, and if not, its reason
 * @throws QueryError when readable files are left, yet no view
 * @example
 * await createTrafficView(lake, listings); // { created: true }
 */
export async function createTrafficView(
  lake: TrafficViewContext,
  listings: readonly PartitionListing[],
): Promise<{ created: boolean; reason?: string }> {
  const view = await createLakeView(lake, 'traffic', listings);
  if (listings.length === 0) return view;
  if (view.created && (lake.listed || (await readsEveryFile(lake)))) {
    return view;
  }
  const { bad } = await lake.trafficCheck.check(listings.map((l) => l.dt));
  for (const { file } of bad) lake.unreadable.add(file);
  lake.listed = true;
  const listed = await createLakeView(lake, 'traffic', listings);
  // Readable files left, yet no view: stop rather than read nothing.
  // (`bad` also names entries that are not listed Parquet files, so
  // it is no count of the listed files set aside.)
  const readable = listings.some(({ dt, files }) =>
    files.some((f) => !lake.unreadable.has(`traffic/dt=${dt}/${f.name}`)),
  );
  if (!listed.created && readable) {
    throw new QueryError(
      `the traffic files of ${lake.lakeDir} cannot be read together ` +
        `by DuckDB, though each one alone can: ${listed.reason}`,
    );
  }
  return listed;
}

/** Whether the view's types, its first file's, read every other file. */
async function readsEveryFile(lake: TrafficViewContext): Promise<boolean> {
  return holdsEveryTrafficFile(
    await runDuckDbRows(lake.instance, 'DESCRIBE traffic'),
  );
}
