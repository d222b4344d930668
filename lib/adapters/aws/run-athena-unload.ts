import type { UnloadTarget } from '#lib/ports/query-engine';
import { wrapAthenaFailure } from './athena-failure.ts';
import type { AthenaWriteContext } from './athena-partition-writer.ts';
import {
  removeUnloadedObjects,
  unloadPartitionedSql,
} from './athena-unload.ts';

/**
 * Runs Athena's UNLOAD of `selectSql` into the lake under the target's
 * prefix, partitioned by its column, after deleting what the prefix
 * holds: UNLOAD refuses a non-empty destination, and a retried plan finds
 * its earlier files there. A failure names the UNLOAD statement.
 *
 * @param lake - the lake and a way to run one statement
 * @param selectSql - the SELECT, partition column last
 * @param target - prefix and partition column
 * @returns when the files are written
 * @example
 * await runAthenaUnload(lake, 'SELECT x, shard FROM t',
 *   { prefix: 'runs/r1/series', partitionBy: 'shard' });
 */
export async function runAthenaUnload(
  lake: AthenaWriteContext,
  selectSql: string,
  target: UnloadTarget,
): Promise<void> {
  const unload = unloadPartitionedSql(selectSql, lake.bucket, target);
  await wrapAthenaFailure(unload, async () => {
    // UNLOAD refuses a non-empty destination: a retried plan clears it.
    await removeUnloadedObjects(lake.lake, target.prefix);
    const to = `s3://${lake.bucket}/${target.prefix}/`;
    await lake.execute(unload, `UNLOAD to ${to} by ${target.partitionBy}`);
  });
}
