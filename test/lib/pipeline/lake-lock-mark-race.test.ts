import { describe, expect, it } from 'vitest';
import { lakeLock } from '#lib/pipeline/lake-lock';
import { releaseRunLock } from '#lib/pipeline/release-run-lock';
import { acquireRunLock } from '#lib/pipeline/run-lock';
import { acquireSharedLock } from '#lib/pipeline/shared-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import { lockOf, stores, withPutIf } from '../../helpers/lake-lock-holders.ts';

/**
 * The lake seen through a store that, the first time a writer writes its
 * `waiting` mark, first runs `meanwhile` (another run's change of the
 * lock between the writer's read and its write).
 */
function racing(lake: ObjectStore, meanwhile: () => Promise<unknown>) {
  let raced = false;
  const putIf: ObjectStore['putIf'] = async (key, body, ...rest) => {
    if (!raced && String(body).includes('"waiting"')) {
      raced = true;
      await meanwhile();
    }
    return lake.putIf(key, body, ...rest);
  };
  return withPutIf(lake, putIf);
}

describe.each(stores)(
  "a rollup whose waiting mark races a plan's release, on %s",
  (_, makeLake) => {
    it('takes the lake the last plan left, rather than stopping on a plan gone', async () => {
      // Prepare: one plan holds the lake, and leaves just as a rollup,
      // having read its lease, marks the lock as waited for
      const lake = await makeLake();
      const now = new Date();
      const reader = { ...lakeLock(lake), shared: true, stage: 'plan' };
      const plan = { owner: 'plan-1', now, ttlMs: 600_000, stage: 'plan' };
      const lease = await acquireSharedLock(reader, plan);
      const leaves = () => releaseRunLock(reader, lease, now);
      const writer = { ...lakeLock(racing(lake, leaves)), stage: 'rollup' };

      // Act
      const rollup = { owner: 'rollup-1', now, ttlMs: 600_000 };
      const taken = await acquireRunLock(writer, rollup).then(
        (held) => held.record.owner,
        (error: Error) => error.message,
      );

      // Assess: the rollup holds the lake, no plan named in a refusal
      expect(taken).toBe('rollup-1');
      expect((await lockOf(lake))?.owner).toBe('rollup-1');
    });
  },
);
