import { describe, expect, it } from 'vitest';
import {
  hold,
  lockOf,
  planLambda,
  stores,
  until,
} from '../../helpers/lake-lock-holders.ts';

const waiters = async (lake: Parameters<typeof lockOf>[0]) =>
  ((await lockOf(lake))?.waiters ?? []).length;

describe.each(stores)(
  'a rollup taking the lake while another waits for its readers, on %s',
  (_, makeLake) => {
    it('keeps new plans out once the first lets the lake go, until the second looks again', async () => {
      // Prepare: a plan holds the lake; a rollup looking every 20 ms and
      // one looking every 3 s both wait for it, each with its mark
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;
      const first = hold(lake, 'rollup', 20_000);
      await until(async () => (await waiters(lake)) === 1);
      const second = hold(lake, 'rollup', 20_000, 3_000);
      await until(async () => (await waiters(lake)) === 2);

      // Act: the plan leaves, the first rollup takes the lake and lets it
      // go; a plan Lambda comes before the second looks again
      plan.release();
      await plan.done;
      await first.held;
      first.release();
      await first.done;
      const planned = await planLambda(lake);
      second.release();

      // Assess: the plan was refused, the second rollup's mark holding it
      // off; the second took the lake and let it go
      expect(planned).toEqual(
        expect.stringMatching(/another run's rollup waits for the lake's/),
      );
      expect(await second.done).toBe('rollup');
      expect(await lockOf(lake)).toBeUndefined();
    }, 15_000);
  },
);
