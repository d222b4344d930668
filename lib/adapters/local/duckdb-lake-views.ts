import type { DuckDBInstance } from '@duckdb/node-api';
import { QueryError } from '#lib/errors';
import type {
  LakeTable,
  PartitionListing,
  UnreadableFile,
} from '#lib/ports/query-engine';
import { createLakeView, type LakeViewContext } from './create-lake-view.ts';
import { describePartitionFolders } from './duckdb-lake-files.ts';
import { runDuckDb, runDuckDbRows } from './duckdb-run.ts';
import { lakeViewSql } from './lake-view-sql.ts';
import { TrafficCheck } from './traffic-check.ts';
import { UnreadableTables } from './unreadable-tables.ts';

const TABLES: readonly LakeTable[] = [
  'traffic',
  'series_daily',
  'quality_daily',
];

/**
 * The DuckDB views over the lake's tables, and the traffic files they
 * leave out because they were found unreadable.
 *
 * @example
 * const views = new DuckDbLakeViews('./data/lake', instance);
 * await views.refresh();
 */
export class DuckDbLakeViews {
  /** Traffic files found unreadable: left out of the `traffic` view. */
  private readonly unreadable = new Set<string>();
  /** Tables whose view is empty (no file yet), re-checked per query. */
  private readonly emptyViews = new Set<LakeTable>();
  /** The refresh going on: refreshes run one at a time. */
  private refreshing: Promise<void> = Promise.resolve();
  private readonly trafficCheck: TrafficCheck;
  /** What `createLakeView` needs: the lake and the files left out. */
  private readonly lake: LakeViewContext;
  /** Tables other than traffic whose files exist but cannot be read. */
  readonly unreadableTables = new UnreadableTables();

  constructor(
    private readonly lakeDir: string,
    private readonly instance: DuckDBInstance,
  ) {
    this.trafficCheck = new TrafficCheck(lakeDir, (sql) =>
      runDuckDbRows(instance, sql),
    );
    this.lake = {
      instance,
      lakeDir,
      unreadable: this.unreadable,
      trafficCheck: this.trafficCheck,
    };
  }

  /**
   * Makes the empty views again. A view over a glob sees new files by
   * itself; only an empty view (no file when it was made) must be made
   * again.
   */
  async refreshIfEmpty(): Promise<void> {
    if (this.emptyViews.size > 0) await this.refresh();
  }

  /**
   * Checks the traffic files of these days, and leaves the unreadable
   * ones out of the `traffic` view from now on.
   *
   * @param days - the days
   * @returns the unreadable files, with the reason
   */
  async checkTraffic(days: readonly string[]): Promise<UnreadableFile[]> {
    const bad = await this.trafficCheck.check(days);
    const before = this.unreadable.size;
    for (const { file } of bad) this.unreadable.add(file);
    if (this.unreadable.size !== before) await this.refresh();
    return bad;
  }

  /**
   * Points each table's view at its files: a glob (new files appear by
   * themselves), or, once traffic files were found unreadable, the list
   * of the others, files known to be good first (DuckDB takes the schema
   * from the first file; partition pruning never opens the rest).
   * A table with no file yet gets an empty view, re-checked per query.
   * Refreshes run one at a time: two writes of days retried side by side
   * (a batch the engine failed on) replaced the same view at once, and
   * DuckDB failed one with a catalog write-write conflict.
   */
  refresh(): Promise<void> {
    const next = this.refreshing.then(() => this.replaceViews());
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private async replaceViews(): Promise<void> {
    for (const table of TABLES) {
      const listings = await describePartitionFolders(
        this.lakeDir,
        table,
        false,
      );
      let view = await createLakeView(this.lake, table, listings);
      if (!view.created && table === 'traffic' && listings.length > 0) {
        view = await this.recreateTrafficView(listings);
      }
      if (table !== 'traffic') {
        const hasFiles = listings.some((l) => l.files.length > 0);
        this.unreadableTables.note(table, hasFiles, view);
      }
      if (!view.created) {
        await runDuckDb(this.instance, lakeViewSql(table, []));
        this.emptyViews.add(table);
      } else {
        this.emptyViews.delete(table);
      }
    }
  }

  /**
   * Makes the traffic view again after DuckDB failed it, leaving out the
   * files each day's check finds unreadable.
   *
   * @throws QueryError when readable files are left, yet no view
   */
  private async recreateTrafficView(listings: readonly PartitionListing[]) {
    // DuckDB takes the schema from the first file the glob finds:
    // unreadable (junk in the oldest day, never checked again), it
    // failed the view, and the empty view that replaced it rolled
    // every day of the run up as empty. Check every day's files, and
    // list the readable ones, good first.
    const bad = await this.trafficCheck.check(listings.map((l) => l.dt));
    for (const { file } of bad) this.unreadable.add(file);
    const view = await createLakeView(this.lake, 'traffic', listings);
    // Readable files left, yet no view: stop rather than read nothing.
    // (`bad` also names entries that are not listed Parquet files, so
    // it is no count of the listed files set aside.)
    const readable = listings.some(({ dt, files }) =>
      files.some((f) => !this.unreadable.has(`traffic/dt=${dt}/${f.name}`)),
    );
    if (!view.created && readable) {
      throw new QueryError(
        `the traffic files of ${this.lakeDir} cannot be read together ` +
          `by DuckDB, though each one alone can: ${view.reason}`,
      );
    }
    return view;
  }
}
