import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  LakeTable,
  PartitionMarker,
  PartitionWrite,
} from '#lib/ports/query-engine';
import { dayLiteral, sqlString } from '#lib/sql/sql-literals';
import { MARKER_FILE } from '../shared/partition-marker.ts';
import { placeDays } from './place-days.ts';
import { dropScratch, makeScratch } from './scratch.ts';

/** Runs statements on one DuckDB connection (temp tables are per connection). */
export type RunOnConnection = (
  sql: string,
) => Promise<Record<string, unknown>[]>;

/**
 * The local partitioned write: the stage once into a temporary table,
 * then each output with `COPY … (FORMAT parquet, PARTITION_BY (dt))`
 * into a scratch folder, whose day folders then replace the lake's, each
 * followed by its marker. Markers of the batch's days are removed first,
 * so a kill at any point leaves the unfinished days without one.
 *
 * @param lakeDir - the lake's folder
 * @param request - days, tag, stage and outputs
 * @param run - runs a statement on the write's one connection
 * @returns the markers written, per table
 * @example
 * await writeLocalPartitions(lake, request, (sql) => run(sql));
 */
export async function writeLocalPartitions(
  lakeDir: string,
  request: PartitionWrite,
  run: RunOnConnection,
): Promise<Partial<Record<LakeTable, PartitionMarker[]>>> {
  for (const dt of request.days) dayLiteral(dt, 'days');
  for (const { table } of request.outputs) {
    await Promise.all(
      request.days.map((dt) =>
        rm(join(lakeDir, table, `dt=${dt}`, MARKER_FILE), { force: true }),
      ),
    );
  }
  await run(`CREATE OR REPLACE TEMP TABLE rollup_stamps AS ${request.stage}`);
  const markers: Partial<Record<LakeTable, PartitionMarker[]>> = {};
  for (const output of request.outputs) {
    const scratch = await makeScratch(lakeDir);
    await mkdir(join(lakeDir, output.table), { recursive: true });
    try {
      const stats = await run(
        `COPY (${output.select}) TO ${sqlString(scratch)} (FORMAT parquet, ` +
          'PARTITION_BY (dt), COMPRESSION zstd, RETURN_STATS)',
      );
      markers[output.table] = await placeDays(lakeDir, output.table, {
        scratch,
        rows: rowsPerDay(stats),
        days: request.days,
        tag: request.tag,
        leftOut: request.leftOut,
        read: request.read,
      });
    } finally {
      await dropScratch(scratch);
    }
  }
  await run('DROP TABLE IF EXISTS rollup_stamps');
  return markers;
}

/** Rows written per day, from COPY's RETURN_STATS. */
function rowsPerDay(stats: readonly Record<string, unknown>[]) {
  const rows = new Map<string, number>();
  for (const stat of stats) {
    const dt = /dt=(\d{4}-\d{2}-\d{2})/.exec(String(stat.filename))?.[1];
    if (dt) rows.set(dt, (rows.get(dt) ?? 0) + Number(stat.count ?? 0));
  }
  return rows;
}
