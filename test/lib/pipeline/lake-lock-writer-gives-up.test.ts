import { describe, expect, it } from 'vitest';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { LakeBeingReadError } from '#lib/errors';
import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import { withLakeLock } from '#lib/pipeline/lake-lock';
import { acquireRunLock, renewRunLock } from '#lib/pipeline/run-lock';
import { reportStoreLock } from '#lib/pipeline/with-run-lock';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  hold,
  lockOf,
  planLambda,
  rollupLambda,
  stores,
} from '../../helpers/lake-lock-holders.ts';
import { silentLog } from '../../helpers/recording-log.ts';

/**
 * A local run's wait for the lake (as `runPipeline`'s), renewing its
 * report store's lock as it waits; another run took that lock over
 * (this run's expired), so the renewal fails.
 */
async function runLosingItsStoreLock(lake: ObjectStore) {
  const runLock = reportStoreLock(lake);
  const mine = { owner: 'run-1', now: new Date(), ttlMs: 1 };
  const held = await acquireRunLock(runLock, mine);
  const now = new Date(Date.now() + 1_000);
  await acquireRunLock(runLock, { owner: 'run-2', now, ttlMs: LOCK_TTL_MS });
  const whileWaiting = async () => {
    const request = { ...mine, now: new Date(), ttlMs: LOCK_TTL_MS };
    await renewRunLock(runLock, held, request);
  };
  const wait = { waitMs: 60_000, pollMs: 20, whileWaiting };
  const deps = { lake, clock: new SystemClock(), log: silentLog };
  return withLakeLock(deps, { wait }, async () => 'rolled up').catch(
    (error: unknown) => String(error),
  );
}

const HELD_OFF = /another run's rollup waits for the lake's lock/;

describe.each(stores)(
  "a rollup that stops waiting for the lake's readers, on %s",
  (_, makeLake) => {
    it('lets a new plan in at once when it gives up waiting, where its mark kept plans out for 5 minutes', async () => {
      // Prepare: a plan holds the lake; a rollup waits for it a moment
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;
      const rollup = hold(lake, 'rollup', 300);

      // Act: the rollup gives up; a plan comes
      const gaveUp = await rollup.done.catch((error: unknown) => error);
      const read = await planLambda(lake);
      plan.release();
      await plan.done;

      // Assess: the rollup named the plan it waited for; the new plan
      // read beside the first, and nothing is left
      expect(String(gaveUp)).toMatch(/another run's plan holds the lake's/);
      expect(read).toEqual(['plan', 'plan']);
      expect(await lockOf(lake)).toBeUndefined();
    });

    it("lets a new plan in at once when, run locally, it loses its report store's lock as it waits", async () => {
      // Prepare: a plan holds the lake
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;

      // Act: a local run waits for the lake, and stops on its store's
      // lock lost; a plan comes
      const stopped = await runLosingItsStoreLock(lake);
      const read = await planLambda(lake);
      plan.release();
      await plan.done;

      // Assess: the run stopped naming the run that took its store; the
      // new plan read beside the first, its mark gone with it
      expect(stopped).toMatch(/this run lost its lock: .*run-2/);
      expect(read).toEqual(['plan', 'plan']);
      expect(await lockOf(lake)).toBeUndefined();
    });

    it('lets a new plan in at once when it stops, invoked by hand', async () => {
      // Prepare
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;

      // Act
      const stopped = await rollupLambda(lake);
      const read = await planLambda(lake);
      plan.release();
      await plan.done;

      // Assess
      expect(stopped).toBeInstanceOf(LakeBeingReadError);
      expect(read).toEqual(['plan', 'plan']);
    });

    it('keeps its mark when it stops for its state machine to try it again, so that new plans wait for it', async () => {
      // Prepare
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;

      // Act
      const stopped = await rollupLambda(lake, 'exec-1');
      const refused = await planLambda(lake);
      plan.release();
      await plan.done;

      // Assess: retried, and holding off new plans meanwhile
      expect(stopped).toBeInstanceOf(LakeBeingReadError);
      expect(refused).toMatch(HELD_OFF);
      expect((await lockOf(lake))?.waiting?.stage).toBe('rollup');
    });
  },
);
