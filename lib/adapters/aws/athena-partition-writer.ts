import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
  LakeTable,
  PartitionFile,
  PartitionMarker,
  PartitionOutput,
  PartitionWrite,
} from '#lib/ports/query-engine';
import { dayLiteral } from '#lib/sql/sql-literals';
import {
  dayMarkerFields,
  formatMarker,
  MARKER_FILE,
} from '../shared/partition-marker.ts';
import { listObjects } from './s3-lake-listing.ts';
import type { S3ObjectStore } from './s3-object-store.ts';

/** Where UNLOAD writes before the files move into the tables. */
const STAGING = 'rollup-staging';

/**
 * The lake and a way to run one statement, returning its query id; `what`
 * names the statement in its error message.
 */
export interface AthenaWriteContext {
  readonly s3: S3Client;
  readonly lake: S3ObjectStore;
  readonly bucket: string;
  readonly execute: (sql: string, what: string) => Promise<string>;
}

/**
 * The partitioned UNLOAD of one output, in the form Athena documents:
 * the partition column `dt` last in the SELECT list, `partitioned_by =
 * ARRAY['dt']`, and a target prefix that is new, hence empty. The stage
 * is a CTE of the same statement (Athena cannot keep it between two).
 *
 * @param stage - the stage SELECT, read as `rollup_stamps`
 * @param output - the output SELECT (its last column is `dt`)
 * @param target - an empty `s3://bucket/prefix/`
 * @returns the UNLOAD statement
 * @example
 * unloadSql(stage, output, 's3://lake/rollup-staging/series_daily/x/');
 */
export function unloadSql(
  stage: string,
  output: PartitionOutput,
  target: string,
): string {
  return `UNLOAD (WITH rollup_stamps AS (${stage})
SELECT * FROM (${output.select})) TO '${target}' WITH (format = 'PARQUET', compression = 'SNAPPY', partitioned_by = ARRAY['dt'])`;
}

/**
 * Writes a batch on Athena: the batch's markers are removed, each
 * output is UNLOADed into a fresh staging prefix, and each day's files
 * then replace the table's, followed by the day's marker (query id and
 * files; Athena does not report rows per partition).
 *
 * @param context - S3, the lake and the statement runner
 * @param request - days, tag, stage and outputs
 * @returns the markers written, per table
 * @example
 * await writeAthenaPartitions(context, request);
 */
export async function writeAthenaPartitions(
  context: AthenaWriteContext,
  request: PartitionWrite,
): Promise<Partial<Record<LakeTable, PartitionMarker[]>>> {
  for (const dt of request.days) dayLiteral(dt, 'days');
  const { lake, bucket } = context;
  await lake.delete(
    request.outputs.flatMap(({ table }) =>
      request.days.map((dt) => `${table}/dt=${dt}/${MARKER_FILE}`),
    ),
  );
  const markers: Partial<Record<LakeTable, PartitionMarker[]>> = {};
  for (const output of request.outputs) {
    const staging = `${STAGING}/${output.table}/${randomUUID()}/`;
    const queryId = await context.execute(
      unloadSql(request.stage, output, `s3://${bucket}/${staging}`),
      `UNLOAD of ${output.table} for ${dayRange(request.days)}`,
    );
    const staged = await listObjects(context.s3, bucket, staging);
    const placed: PartitionMarker[] = [];
    for (const dt of request.days) {
      placed.push(
        await placeDay(context, output.table, dt, {
          staged: staged.filter((o) => o.key.startsWith(`${staging}dt=${dt}/`)),
          queryId,
          tag: request.tag,
          ...dayMarkerFields(request, output.table, dt),
        }),
      );
    }
    await lake.delete(staged.map((o) => o.key));
    markers[output.table] = placed;
  }
  return markers;
}

/** Copies a day's staged files in, removes the old ones, writes the marker. */
async function placeDay(
  { lake, s3, bucket }: AthenaWriteContext,
  table: LakeTable,
  dt: string,
  day: {
    staged: readonly { key: string; bytes: number }[];
    queryId: string;
    tag: string;
    leftOut?: readonly string[];
    read?: readonly PartitionFile[];
  },
): Promise<PartitionMarker> {
  const prefix = `${table}/dt=${dt}/`;
  const files = day.staged.map((o) => ({
    name: o.key.slice(o.key.lastIndexOf('/') + 1),
    bytes: o.bytes,
  }));
  for (const [i, file] of files.entries()) {
    const body = await lake.get(day.staged[i]!.key);
    if (body) await lake.put(`${prefix}${file.name}`, body);
  }
  const keep = new Set(files.map((f) => `${prefix}${f.name}`));
  const old = (await listObjects(s3, bucket, prefix))
    .map((o) => o.key)
    .filter((key) => !keep.has(key) && !key.endsWith(`/${MARKER_FILE}`));
  await lake.delete(old);
  const marker: PartitionMarker = {
    dt,
    rows: null,
    files,
    queryId: day.queryId,
    tag: day.tag,
    ...(day.leftOut ? { leftOut: day.leftOut } : {}),
    ...(day.read ? { read: day.read } : {}),
    writtenAt: new Date().toISOString(),
  };
  await lake.put(`${prefix}${MARKER_FILE}`, formatMarker(marker));
  return marker;
}

/** `2026-11-25`, or `2026-11-23 to 2026-11-25, 3 days`: a batch's days. */
function dayRange(days: readonly string[]): string {
  const sorted = [...days].sort();
  if (sorted.length === 1) return sorted[0]!;
  return `${sorted[0]} to ${sorted.at(-1)}, ${sorted.length} days`;
}
