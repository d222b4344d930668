import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { addDays } from '#lib/domain/dates';
import { ROLLUP_LOCK_KEY } from '#lib/pipeline/lake-lock';
import { putHeldLock } from '../helpers/held-lock.ts';
import { makeTempDir, removeDir } from '../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../helpers/series-daily.ts';
import {
  CROSSING,
  GROWING,
  START,
} from '../lib/pipeline/run-backtest-fixture.ts';
import { useBacktestLambda } from './backtest-lambda-fixture.ts';
import { runBacktestMachine } from './backtest-machine.ts';

const aws = useBacktestLambda();
const lake = () => new S3ObjectStore(aws.s3().client, 'lake');

/** The days a rollup writes again: the crossing and the week after it. */
const DAYS = Array.from({ length: 8 }, (_, i) => addDays(CROSSING, i));

/**
 * The lake as another execution's rollup leaves it midway through writing
 * DAYS again (a late traffic file raised the growing group's peaks), the
 * lake's lock held: each day's new file (the fixture's) beside its old
 * one, whose peaks were at 40 %. `finish` removes the old files and
 * releases the lock, as the rollup's next steps do.
 */
async function midRollup(): Promise<() => Promise<void>> {
  const scratch = await makeTempDir('backtest-lake-lock');
  const old = groupRows(GROWING, START, 500, 100e9, () => 40e9);
  await writeSeriesDaily(
    scratch,
    old.filter((row) => DAYS.includes(row.dt)),
  );
  const olds = DAYS.map((dt) => `series_daily/dt=${dt}/zz-old.parquet`);
  for (const [i, dt] of DAYS.entries()) {
    const file = join(scratch, 'series_daily', `dt=${dt}`, 'data_0.parquet');
    await lake().put(olds[i]!, await readFile(file));
  }
  await removeDir(scratch);
  const owner = '169.254.76.1 pid 8 lock 5eed0ff5';
  await putHeldLock(lake(), ROLLUP_LOCK_KEY, owner, Date.now(), 'rollup');
  return () => lake().delete([...olds, ROLLUP_LOCK_KEY]);
}

describe("backtest state machine and the lake's lock", () => {
  it('waits for a rollup writing days of its range again, then scores the lake as the rollup left it', async () => {
    // Prepare: the backtest of the lake at rest, then a rollup midway
    await runBacktestMachine(aws.s3().client, {}, 'at-rest');
    const { generatedAt: _g, seconds: _s, ...atRest } = await aws.written();
    const finish = await midRollup();

    // Act: the rollup ends 5 s after the backtest starts (its plan has
    // unloaded the batches' rows by then, unless it waits)
    const finished = new Promise((done) => setTimeout(done, 5000)).then(finish);
    await runBacktestMachine(aws.s3().client, {}, 'beside-a-rollup');
    await finished;

    // Assess: the same cases as at rest, and the lake's lock released;
    // it read the days' old rows beside the new, the old last, and
    // judged a true positive (the crossing on CROSSING) a false positive
    const { generatedAt, seconds, ...beside } = await aws.written();
    expect(beside).toEqual(atRest);
    expect(await lake().get(ROLLUP_LOCK_KEY)).toBeUndefined();
  }, 120_000);
});
