import { describe, expect, it } from 'vitest';
import { LakeBeingReadError } from '#lib/errors';
import {
  hold,
  later,
  lockOf,
  moment,
  planLambda,
  rollupLambda,
  stores,
  until,
} from '../../helpers/lake-lock-holders.ts';

const HELD_OFF = /another run's rollup waits for the lake's lock/;

describe.each(stores)(
  "two rollups waiting for the lake's readers at once, on %s",
  (_, makeLake) => {
    it('keeps new plans out while the second waits, when the first gives up', async () => {
      // Prepare: a plan holds the lake; a rollup waits for it a moment
      // (marking the lock), then a second, for longer
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;
      const first = hold(lake, 'rollup', 400);
      await until(async () => (await lockOf(lake))?.waiting !== undefined);
      // looking every second, as a local run does
      const second = hold(lake, 'rollup', 20_000, 1_000);
      await moment();

      // Act: the first gives up; a plan comes at once; the first plan
      // then leaves
      const gaveUp = await first.done.catch((error: unknown) => error);
      const refused = await planLambda(lake);
      plan.release();
      await plan.done;
      second.release();

      // Assess: the plan was refused naming a waiting rollup; the second
      // rollup took the lake once the first plan had left
      expect(String(gaveUp)).toMatch(/another run's plan holds the lake's/);
      expect(refused).toEqual(expect.stringMatching(HELD_OFF));
      expect(await second.done).toBe('rollup');
      expect(await lockOf(lake)).toBeUndefined();
    });

    it("keeps new plans out for an execution's rollup, when a rollup invoked by hand after it stops", async () => {
      // Prepare: a plan holds the lake; an execution's rollup meets it
      // and stops, for its state machine to try it again
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;
      const retried = await rollupLambda(lake, 'exec-1');

      // Act: two minutes on, a rollup invoked by hand meets the plan and
      // stops; a plan Lambda comes
      const byHand = await rollupLambda(lake, undefined, later(120_000));
      const refused = await planLambda(lake, later(120_000));
      plan.release();
      await plan.done;

      // Assess: both stopped on the plan; the new plan was refused, the
      // execution's mark holding it off until its rollup is tried again
      expect(retried).toBeInstanceOf(LakeBeingReadError);
      expect(byHand).toBeInstanceOf(LakeBeingReadError);
      expect(refused).toEqual(expect.stringMatching(HELD_OFF));
      expect((await lockOf(lake))?.waiting?.stage).toBe('rollup');
    });
  },
);
