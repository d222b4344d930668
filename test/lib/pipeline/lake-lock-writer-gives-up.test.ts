import { describe, expect, it } from 'vitest';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { LakeBeingReadError } from '#lib/errors';
import { withLakeLock } from '#lib/pipeline/lake-lock';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import type { ObjectStore } from '#lib/ports/object-store';
import { hold, lockOf, stores } from '../../helpers/lake-lock-holders.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const depsOf = (lake: ObjectStore) => ({
  lake,
  clock: new SystemClock(),
  log: silentLog,
});

/**
 * A plan Lambda reading the lake at once (judging a mark by its expiry
 * alone, as on AWS): the stages of the leases it read beside, or its
 * refusal.
 */
function planLambda(lake: ObjectStore) {
  const lambda = { stage: 'plan' as const, endsAtMs: Date.now() + 60_000 };
  return withLakeLock(depsOf(lake), lambda, async () =>
    (await lockOf(lake)).readers.map((r: { stage: string }) => r.stage),
  ).catch((error: unknown) => String(error));
}

/** The rollup Lambda's stage, for an execution or invoked by hand. */
function rollupLambda(lake: ObjectStore, execution?: string) {
  const input = {
    asOf: '2026-11-26',
    links: [],
    execution,
    lockEndsAtMs: Date.now() + 900_000,
  };
  return rollupStage(depsOf(lake) as never, input).catch(
    (error: unknown) => error,
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
