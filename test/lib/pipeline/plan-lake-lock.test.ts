import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { RunLockedError } from '#lib/errors';
import { lakeLock } from '#lib/pipeline/lake-lock';
import { acquireSharedLock } from '#lib/pipeline/shared-lock';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  type PlanLakeLock,
  planWithLockSeen,
} from '../../helpers/plan-with-lock-seen.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

/** A day of the window, being written again by another run's rollup. */
const DAY = '2026-11-20';
const ROLLUP_HOLDER = {
  owner: 'rollup of 2026-11-20 (a re-run by hand)',
  acquiredAt: `${SCALE_AS_OF}T05:59:00.000Z`,
  expiresAt: `${SCALE_AS_OF}T06:14:00.000Z`,
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('plan-lake-lock');
  // 100 links: the rolled lake gives quality counts to one link in 50.
  await writeRolledLake({ dir, links: 100, days: 60, end: SCALE_AS_OF });
});
afterAll(() => removeDir(dir));

/** Plans into `out` from the test's lake (`planWithLockSeen`). */
const plan = (out: string, lakeLock?: PlanLakeLock) =>
  planWithLockSeen(dir, out, lakeLock);

/**
 * The day as a rollup leaves it midway through writing it again: its new
 * files copied in beside the old ones (the old are removed next), each
 * table's; undoes it, as the rollup's next step and its release do.
 */
async function midRollup(): Promise<() => Promise<void>> {
  const copies: string[] = [];
  for (const table of ['series_daily', 'quality_daily']) {
    const folder = join(dir, 'lake', table, `dt=${DAY}`);
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.parquet')) continue;
      copies.push(join(folder, `new-${name}`));
      await copyFile(join(folder, name), copies.at(-1)!);
    }
  }
  const lock = join(dir, 'lake', ROLLUP_LOCK_KEY);
  await mkdir(dirname(lock), { recursive: true });
  await writeFile(lock, JSON.stringify(ROLLUP_HOLDER));
  return async () => {
    for (const copy of copies) await rm(copy);
    await rm(lock);
  };
}

describe('planRun beside a rollup writing a day of its window again', () => {
  it('waits for the lake lock, then counts the day once', async () => {
    // Prepare: the plan of the lake at rest, then a rollup midway
    const atRest = await plan(join(dir, 'out-at-rest'));
    const finish = await midRollup();

    // Act: the rollup ends a moment after the plan starts
    const finished = new Promise((done) => setTimeout(done, 400)).then(finish);
    const beside = await plan(join(dir, 'out-beside'), {
      wait: { waitMs: 20_000, pollMs: 50 },
    });
    await finished;

    // Assess: the same counts and quality as at rest (it read the day's
    // old and new files together, its rows twice)
    expect(beside.plan.counts).toEqual(atRest.plan.counts);
    expect(beside.quality).toEqual(atRest.quality);
  });

  it("names itself in the lake's lock a plan, which a rollup waits for", async () => {
    // Act
    const { lock } = await plan(join(dir, 'out-named'));

    // Assess
    expect(lock.stage).toBe('plan');
  });

  it("reads beside a backtest's plan that holds the lake, without waiting, and leaves its lease", async () => {
    // Prepare: a backtest's plan Lambda reads the lake (its lease)
    const lake = new FsObjectStore(join(dir, 'lake'));
    const place = { ...lakeLock(lake), shared: true, stage: 'backtest' };
    await acquireSharedLock(place, {
      owner: 'backtest plan (unloading)',
      now: new Date(),
      ttlMs: 600_000,
      stage: 'backtest',
    });

    // Act: a plan that may not wait
    const beside = await plan(join(dir, 'out-beside-backtest'));

    // Assess: it held the lake with the backtest's plan, and left the
    // backtest's lease alone
    const stages = (l: { readers: { stage: string }[] }) =>
      l.readers.map((r) => r.stage);
    expect(stages(beside.lock)).toEqual(['backtest', 'plan']);
    const after = JSON.parse(
      new TextDecoder().decode(await lake.get(ROLLUP_LOCK_KEY)),
    );
    expect(stages(after)).toEqual(['backtest']);
    await rm(join(dir, 'lake', ROLLUP_LOCK_KEY));
  });

  it('stops naming the rollup that holds the lake when it may not wait', async () => {
    // Prepare
    const finish = await midRollup();

    // Act
    const planned = plan(join(dir, 'out-refused'));

    // Assess
    await expect(planned).rejects.toThrow(RunLockedError);
    await expect(planned).rejects.toThrow(
      `another run holds the lake's lock (${ROLLUP_LOCK_KEY}): ${ROLLUP_HOLDER.owner}`,
    );
    await finish();
  });
});
