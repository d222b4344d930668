import type { AthenaClient } from '@aws-sdk/client-athena';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  InventoryRow,
  LakeTable,
  PartitionListing,
  PartitionWrite,
  QueryEngine,
  SqlRow,
  UnloadTarget,
  UnreadableFile,
} from '#lib/ports/query-engine';
import {
  INVENTORY_KEY,
  inventoryParquet,
} from '../shared/inventory-parquet.ts';
import {
  type AthenaQueryEngineOptions,
  type AthenaRun,
  athenaRun,
} from './athena-engine-options.ts';
import { athenaFailure, sqlHead, wrapAthenaFailure } from './athena-failure.ts';
import {
  type AthenaWriteContext,
  writeAthenaPartitions,
} from './athena-partition-writer.ts';
import { readQueryResultPages } from './athena-results.ts';
import {
  describeUnloadedObjects,
  readUnloadedObjects,
  removeUnloadedObjects,
} from './athena-unload.ts';
import { runAthenaUnload } from './run-athena-unload.ts';
import { describeS3Partitions } from './s3-lake-listing.ts';
import { S3ObjectStore } from './s3-object-store.ts';
import { listS3PartitionDays } from './s3-partition-days.ts';

/**
 * A `QueryEngine` on Athena. Results are read from the query's CSV output
 * object in S3 as a stream; `GetQueryResults` is called once with
 * `MaxResults: 1`, only for the column types (the `.csv.metadata` file
 * holds them too, but in an undocumented binary format).
 *
 * @example
 * const engine = new AthenaQueryEngine(new AthenaClient({}), new S3Client({}),
 *   { workGroup: 'headroom', database: 'headroom', lakeBucket: 'lake' });
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 */
export class AthenaQueryEngine implements QueryEngine {
  private readonly lake: S3ObjectStore;
  private readonly writer: AthenaWriteContext;
  /** Runs a statement in the workgroup and database, to its end. */
  private readonly execute: AthenaRun;

  constructor(
    private readonly athena: AthenaClient,
    private readonly s3: S3Client,
    private readonly options: AthenaQueryEngineOptions,
  ) {
    this.lake = new S3ObjectStore(s3, options.lakeBucket);
    this.execute = athenaRun(athena, options);
    this.writer = {
      s3,
      lake: this.lake,
      bucket: options.lakeBucket,
      execute: async (sql, what) =>
        (await this.execute(sql, what)).QueryExecutionId!,
    };
  }

  async query(sql: string): Promise<SqlRow[]> {
    const rows: SqlRow[] = [];
    for await (const page of this.queryPages(sql, 1000)) rows.push(...page);
    return rows;
  }

  async *queryPages(sql: string, pageRows: number): AsyncGenerator<SqlRow[]> {
    try {
      const execution = await this.execute(sql, sqlHead(sql));
      const { athena, s3, options } = this;
      yield* readQueryResultPages(athena, s3, execution, options, pageRows);
    } catch (error) {
      throw athenaFailure(sql, error);
    }
  }

  async writePartitions(request: PartitionWrite) {
    const tables = request.outputs.map((o) => o.table).join(', ');
    return wrapAthenaFailure(`write ${tables}`, () =>
      writeAthenaPartitions(this.writer, request),
    );
  }

  describePartitions(table: LakeTable): Promise<PartitionListing[]> {
    return wrapAthenaFailure(`list ${table}`, () =>
      describeS3Partitions(this.s3, this.lake, this.options.lakeBucket, table),
    );
  }

  /**
   * Athena cannot check files before a query: a file it cannot read
   * fails the query instead (HIVE_BAD_DATA, HIVE_CANNOT_OPEN_SPLIT), which
   * the execution reports as `LakeDataError`, so the rollup retries that
   * batch day by day and sets aside the days that still fail.
   */
  async checkTraffic(): Promise<UnreadableFile[]> {
    return [];
  }

  async writeInventory(rows: readonly InventoryRow[]): Promise<void> {
    await this.lake.put(INVENTORY_KEY, inventoryParquet(rows));
  }

  async listPartitions(table: LakeTable): Promise<string[]> {
    return wrapAthenaFailure(`list ${table}`, () =>
      listS3PartitionDays(this.s3, this.options.lakeBucket, table),
    );
  }

  async unload(selectSql: string, target: UnloadTarget): Promise<void> {
    await runAthenaUnload(this.writer, selectSql, target);
  }

  readUnloaded(target: UnloadTarget, value: string): Promise<Uint8Array[]> {
    return wrapAthenaFailure(`read ${target.prefix} ${value}`, () =>
      readUnloadedObjects(this.lake, target, value),
    );
  }

  describeUnloaded(target: UnloadTarget) {
    return wrapAthenaFailure(`list ${target.prefix}`, () =>
      describeUnloadedObjects(this.s3, this.options.lakeBucket, target),
    );
  }

  removeUnloaded(prefix: string): Promise<void> {
    return wrapAthenaFailure(`remove ${prefix}`, () =>
      removeUnloadedObjects(this.lake, prefix),
    );
  }

  async close(): Promise<void> {
    // The SDK clients belong to the wiring, which reuses them across calls.
  }
}
