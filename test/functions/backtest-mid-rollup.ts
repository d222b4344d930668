import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { addDays } from '#lib/domain/dates';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { putHeldLock } from '../helpers/held-lock.ts';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import type { LocalS3 } from '../helpers/s3rver.ts';
import { groupRows, writeSeriesDaily } from '../helpers/series-daily.ts';
import {
  CROSSING,
  GROWING,
  START,
} from '../lib/pipeline/run-backtest-fixture.ts';

/** The days a rollup writes again: the crossing and the week after it. */
const DAYS = Array.from({ length: 8 }, (_, i) => addDays(CROSSING, i));

/**
 * The lake (`useBacktestLambda`'s) as another execution's rollup leaves
 * it midway through writing DAYS again (a late traffic file raised the
 * growing group's peaks), the lake's lock held: each day's new file (the
 * fixture's) beside its old one, whose peaks were at 40 %. `finish`
 * removes the old files and releases the lock, as the rollup's next
 * steps do.
 *
 * @param s3 - the S3 server holding the lake bucket
 * @returns `finish`
 * @example
 * const finish = await midRollup(aws.s3()); … await finish();
 */
export async function midRollup(s3: LocalS3): Promise<() => Promise<void>> {
  const lake = new S3ObjectStore(s3.client, 'lake');
  const scratch = await makeTempDir('backtest-lake-lock');
  const old = groupRows(GROWING, START, 500, 100e9, () => 40e9);
  await writeSeriesDaily(
    scratch,
    old.filter((row) => DAYS.includes(row.dt)),
  );
  const olds = DAYS.map((dt) => `series_daily/dt=${dt}/zz-old.parquet`);
  for (const [i, dt] of DAYS.entries()) {
    const file = join(scratch, 'series_daily', `dt=${dt}`, 'data_0.parquet');
    await lake.put(olds[i]!, await readFile(file));
  }
  await removeDir(scratch);
  const owner = '169.254.76.1 pid 8 lock 5eed0ff5';
  await putHeldLock(lake, ROLLUP_LOCK_KEY, owner, Date.now(), 'rollup');
  return () => lake.delete([...olds, ROLLUP_LOCK_KEY]);
}
