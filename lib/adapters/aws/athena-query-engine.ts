import {
  type AthenaClient,
  GetQueryResultsCommand,
  type QueryExecution,
} from '@aws-sdk/client-athena';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { QueryError } from '#lib/errors';
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
  type AthenaTiming,
  callAthena,
  executeAthenaQuery,
} from './athena-execution.ts';
import { writeAthenaPartitions } from './athena-partition-writer.ts';
import { readResultCsv } from './athena-results.ts';
import {
  readUnloadedObjects,
  removeUnloadedObjects,
  unloadPartitionedSql,
} from './athena-unload.ts';
import { describeS3Partitions, partitionOfKey } from './s3-lake-listing.ts';
import { S3ObjectStore } from './s3-object-store.ts';

/** Resource names and timing for `AthenaQueryEngine`. */
export interface AthenaQueryEngineOptions extends AthenaTiming {
  /** The workgroup; it enforces the result location and the scan cap. */
  readonly workGroup: string;
  /** The Glue database holding `traffic`, `series_daily`, … */
  readonly database: string;
  /** The lake bucket (tables live under `<table>/dt=YYYY-MM-DD/`). */
  readonly lakeBucket: string;
}

/**
 * A `QueryEngine` on Athena. Results are read from the query's CSV output
 * object in S3 as a stream; `GetQueryResults` is called once with
 * `MaxResults: 1`, only for the column types (the `.csv.metadata` file
 * holds them too, but in an undocumented binary format).
 *
 * @example
 * const engine = new AthenaQueryEngine(new AthenaClient({}),
 *   new S3Client({}), { workGroup: 'headroom', database: 'headroom',
 *   lakeBucket: 'headroom-lake' });
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 */
export class AthenaQueryEngine implements QueryEngine {
  private readonly lake: S3ObjectStore;

  constructor(
    private readonly athena: AthenaClient,
    private readonly s3: S3Client,
    private readonly options: AthenaQueryEngineOptions,
  ) {
    this.lake = new S3ObjectStore(s3, options.lakeBucket);
  }

  async query(sql: string): Promise<SqlRow[]> {
    return this.wrap(sql, async () => {
      const execution = await this.execute(sql, sqlHead(sql));
      const id = execution.QueryExecutionId;
      const head = await this.call(() =>
        this.athena.send(
          new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 1 }),
        ),
      );
      const columns = head.ResultSet?.ResultSetMetadata?.ColumnInfo ?? [];
      const location = execution.ResultConfiguration?.OutputLocation;
      if (!location) throw new QueryError(`query ${id} has no output location`);
      return readResultCsv(this.s3, location, columns);
    });
  }

  async writePartitions(request: PartitionWrite) {
    const tables = request.outputs.map((o) => o.table).join(', ');
    return this.wrap(`write ${tables}`, () =>
      writeAthenaPartitions(
        {
          s3: this.s3,
          lake: this.lake,
          bucket: this.options.lakeBucket,
          execute: async (sql, what) =>
            (await this.execute(sql, what)).QueryExecutionId!,
        },
        request,
      ),
    );
  }

  describePartitions(table: LakeTable): Promise<PartitionListing[]> {
    return this.wrap(`list ${table}`, () =>
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
    const days: string[] = [];
    let token: string | undefined;
    return this.wrap(`list ${table}`, async () => {
      do {
        const page = await this.s3.send(
          new ListObjectsV2Command({
            Bucket: this.options.lakeBucket,
            Prefix: `${table}/`,
            Delimiter: '/',
            ContinuationToken: token,
          }),
        );
        const { lakeBucket } = this.options;
        for (const { Prefix = '' } of page.CommonPrefixes ?? []) {
          const day = partitionOfKey(lakeBucket, table, Prefix);
          if (day) days.push(day.dt);
        }
        // Objects beside the day folders: stops at any but a hidden one.
        for (const { Key = '' } of page.Contents ?? []) {
          partitionOfKey(lakeBucket, table, Key);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return days.sort();
    });
  }

  async unload(selectSql: string, target: UnloadTarget): Promise<void> {
    const { lakeBucket } = this.options;
    const unload = unloadPartitionedSql(selectSql, lakeBucket, target);
    await this.wrap(unload, async () => {
      // UNLOAD refuses a non-empty destination: a retried plan clears it.
      await removeUnloadedObjects(this.lake, target.prefix);
      const to = `s3://${lakeBucket}/${target.prefix}/`;
      await this.execute(unload, `UNLOAD to ${to} by ${target.partitionBy}`);
    });
  }

  readUnloaded(target: UnloadTarget, value: string): Promise<Uint8Array[]> {
    return this.wrap(`read ${target.prefix} ${value}`, () =>
      readUnloadedObjects(this.lake, target, value),
    );
  }

  removeUnloaded(prefix: string): Promise<void> {
    return this.wrap(`remove ${prefix}`, () =>
      removeUnloadedObjects(this.lake, prefix),
    );
  }

  async close(): Promise<void> {
    // The SDK clients belong to the wiring, which reuses them across calls.
  }

  private execute(sql: string, what: string): Promise<QueryExecution> {
    const { workGroup, database } = this.options;
    return executeAthenaQuery(
      this.athena,
      sql,
      { workGroup, database, what },
      this.options,
    );
  }

  private call<T>(send: () => Promise<T>): Promise<T> {
    return callAthena(send, this.options);
  }

  /** Lets QueryError through; wraps anything else with the SQL's start. */
  private async wrap<T>(sql: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof QueryError) throw error;
      throw new QueryError(
        `Athena failed on "${sqlHead(sql)}": ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** The statement on one line, cut to 120 characters, for messages. */
function sqlHead(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().slice(0, 120);
}
