import { describe, expect, it } from 'vitest';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { LakeBeingReadError } from '#lib/errors';
import { lakeLock, withLakeLock } from '#lib/pipeline/lake-lock';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { acquireSharedLock } from '#lib/pipeline/shared-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { lockOf, stores, withPutIf } from '../../helpers/lake-lock-holders.ts';
import { silentLog } from '../../helpers/recording-log.ts';

/**
 * The lake seen through a store whose first `races` writes of the lock
 * are each beaten by a plan coming (its lease added) whose lease has
 * ended by the time the writer looks again: a reader's short hold, or
 * one on a clock behind. The writer never meets a live reader, yet loses
 * every swap.
 */
function beaten(lake: ObjectStore, races: number) {
  let n = 0;
  const reader = { ...lakeLock(lake), shared: true, stage: 'plan' };
  const putIf: ObjectStore['putIf'] = async (key, ...rest) => {
    if (n < races) {
      n += 1;
      const past = new Date(Date.now() - 600_000);
      const plan = { owner: `plan-${n}`, now: past, ttlMs: 1000 };
      await acquireSharedLock(reader, { ...plan, stage: 'plan' });
    }
    return lake.putIf(key, ...rest);
  };
  return withPutIf(lake, putIf);
}

describe.each(stores)(
  'a rollup whose swaps of the lock are lost to plans coming and going, on %s',
  (_, makeLake) => {
    it('stops on AWS with LakeBeingReadError, which its state machine retries, rather than failing the run', async () => {
      // Prepare: more lost swaps than a look at the lock tries
      const lake = beaten(await makeLake(), 6);
      const deps = { lake, clock: new SystemClock(), log: silentLog };

      // Act: the rollup Lambda's stage, as its state machine invokes it
      const input = {
        asOf: '2026-11-26',
        links: [],
        execution: 'exec-1',
        lockEndsAtMs: Date.now() + 900_000,
      };
      const stopped = await rollupStage(deps as never, input).catch(
        (error: unknown) => error,
      );

      // Assess: tried again, the lock left to the plans' leases
      expect(stopped).toBeInstanceOf(LakeBeingReadError);
      expect(String(stopped)).toMatch(
        /the lake's lock changed hands 3 times as this run took it \(plans coming and going; the last another run's plan: plan-5, until /,
      );
      const left = await lockOf(lake);
      expect(left.readers.map((r: { owner: string }) => r.owner)).toEqual([
        'plan-1',
        'plan-2',
        'plan-3',
        'plan-4',
        'plan-5',
        'plan-6',
      ]);
      expect(left.waiting).toBeUndefined();
    });

    it('takes the lake on its next look when it waits (a local run)', async () => {
      // Prepare
      const lake = beaten(await makeLake(), 6);
      const deps = { lake, clock: new SystemClock(), log: silentLog };

      // Act
      const wait = { waitMs: 5_000, pollMs: 20 };
      const held = await withLakeLock(
        deps,
        { stage: 'rollup', wait },
        async () => (await lockOf(lake))?.stage,
      );

      // Assess: held alone, then released
      expect(held).toBe('rollup');
      expect(await lockOf(lake)).toBeUndefined();
    });
  },
);
