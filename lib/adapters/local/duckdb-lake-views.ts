import type { DuckDBInstance } from '@duckdb/node-api';
import { LAKE_TABLES } from '#lib/domain/vocabulary';
import type { Logger } from '#lib/ports/logger';
import type { LakeTable, UnreadableFile } from '#lib/ports/query-engine';
import { createLakeView } from './create-lake-view.ts';
import { describePartitionFolders } from './duckdb-lake-files.ts';
import { runDuckDb, runDuckDbRows } from './duckdb-run.ts';
import { LackingFileWarnings, lackingFaults } from './lacking-file-warnings.ts';
import { lakeViewSql } from './lake-view-sql.ts';
import { TrafficCheck } from './traffic-check.ts';
import { createTrafficView, type TrafficViewContext } from './traffic-view.ts';
import { UnreadableTables } from './unreadable-tables.ts';

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
  /** Names the traffic files read lacking columns. */
  private readonly lackingWarnings: LackingFileWarnings;
  /** What the views need: the lake and what is known of its files. */
  private readonly lake: TrafficViewContext;
  /** Tables other than traffic whose files exist but cannot be read. */
  readonly unreadableTables = new UnreadableTables();

  /**
   * @param lakeDir - the lake's folder
   * @param instance - the database
   * @param log - where files read lacking columns are named
   */
  constructor(
    private readonly lakeDir: string,
    private readonly instance: DuckDBInstance,
    log?: Pick<Logger, 'warn'>,
  ) {
    this.lackingWarnings = new LackingFileWarnings(log);
    this.trafficCheck = new TrafficCheck(lakeDir, (sql) =>
      runDuckDbRows(instance, sql),
    );
    this.lake = {
      instance,
      lakeDir,
      unreadable: this.unreadable,
      trafficCheck: this.trafficCheck,
      listed: false,
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
   * ones out of the `traffic` view from now on; those lacking columns of
   * the contract are read with them NULL, as Athena reads them, and
   * named in a warning (Athena cannot tell them); those of them lacking a
   * column their rows need are returned too (`lackingFaults`), for the
   * run's report.
   *
   * @param days - the days
   * @returns the unreadable files, with the reason, then those read
   *   lacking a column their rows need (`missing`), then those read
   *   whose `ts` is far off their day (`offDay`)
   */
  async checkTraffic(days: readonly string[]): Promise<UnreadableFile[]> {
    const lackingBefore = this.trafficCheck.lackingCount;
    const { bad, lacking, offDay } = await this.trafficCheck.check(days);
    const before = this.unreadable.size;
    for (const { file } of bad) this.unreadable.add(file);
    this.lackingWarnings.warn(lacking);
    if (
      this.unreadable.size !== before ||
      this.trafficCheck.lackingCount !== lackingBefore
    ) {
      await this.refresh();
    }
    return [...bad, ...lackingFaults(lacking), ...offDay];
  }

  /**
   * Points each table's view at its files: a glob (new files appear by
   * themselves), or, once traffic files were found unreadable or the
   * glob's first file did not read the others as written, the list of
   * the readable ones, files known to be good first (DuckDB takes the
   * schema from the first file; partition pruning never opens the rest:
   * `traffic-view.ts`).
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
    for (const table of LAKE_TABLES) {
      const listings = await describePartitionFolders(
        this.lakeDir,
        table,
        false,
      );
      const view =
        table === 'traffic'
          ? await createTrafficView(this.lake, listings)
          : await createLakeView(this.lake, table, listings);
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
}
