import {
  AthenaClient,
  type ColumnInfo,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import type { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { QueryEngine } from '#lib/ports/query-engine';
import { loadInventory, syncRollups } from './fake-athena-lake.ts';
import { runSelect } from './fake-athena-select.ts';
import { createGlueTraffic, onGlueTraffic } from './fake-athena-traffic.ts';
import {
  runUnload,
  UNLOAD,
  UNLOAD_PARTITIONED,
  unloadPartitioned,
} from './fake-athena-unload.ts';

/** What a failed statement reports, as Athena's StateChangeReason. */
const failures = new Map<string, string>();

/**
 * Mocks every AthenaClient with a stand-in that runs the SQL on a DuckDB
 * engine (the same Trino-dialect text the local run uses) and behaves like
 * Athena towards S3: SELECT results become the CSV output object; a
 * partitioned UNLOAD is checked against Athena's documented form (the
 * partition column last, an empty target prefix) and writes one
 * `dt=…/` folder of Parquet files per day under the target. The
 * inventory the Lambda wrote to S3 is loaded before each statement, and
 * `traffic` is read as Athena reads the Glue table (`createGlueTraffic`:
 * columns by name, a column a file lacks NULL).
 *
 * @param engine - DuckDB over a copy of the lake
 * @param lakeDir - that copy's folder
 * @param s3 - a client of the S3 server the Lambda uses
 * @returns the mock, to inspect the commands
 * @example
 * const athena = fakeAthena(duck, dir, s3rver.client);
 */
export function fakeAthena(engine: QueryEngine, lakeDir: string, s3: S3Client) {
  const mock = mockClient(AthenaClient);
  const columns = new Map<string, ColumnInfo[]>();
  let count = 0;
  let glueMade = false;
  mock.on(StartQueryExecutionCommand).callsFake(async (input) => {
    const id = `q-${++count}`;
    const sql = onGlueTraffic(input.QueryString);
    try {
      await loadInventory(engine, s3);
      await syncRollups(engine, lakeDir, s3);
      if (!glueMade) glueMade = await createGlueTraffic(engine, lakeDir);
      const partitioned = UNLOAD_PARTITIONED.exec(sql);
      const unload = UNLOAD.exec(sql);
      if (partitioned) {
        await unloadPartitioned([...partitioned], engine, lakeDir, s3);
      } else if (unload) await runUnload(engine, s3, unload);
      else if (sql.startsWith('UNLOAD')) {
        throw new Error(`not Athena's partitioned UNLOAD form: ${sql}`);
      } else columns.set(id, await runSelect(engine, s3, id, sql));
    } catch (error) {
      failures.set(id, (error as Error).message);
    }
    return { QueryExecutionId: id };
  });
  mock.on(GetQueryExecutionCommand).callsFake(async (input) => {
    const reason = failures.get(input.QueryExecutionId);
    return {
      QueryExecution: {
        QueryExecutionId: input.QueryExecutionId,
        Status: reason
          ? { State: 'FAILED', StateChangeReason: reason }
          : { State: 'SUCCEEDED' },
        ResultConfiguration: {
          OutputLocation: `s3://lake/athena-results/${input.QueryExecutionId}.csv`,
        },
      },
    };
  });
  mock.on(GetQueryResultsCommand).callsFake(async (input) => ({
    ResultSet: {
      ResultSetMetadata: {
        ColumnInfo: columns.get(input.QueryExecutionId) ?? [],
      },
    },
  }));
  return mock;
}
