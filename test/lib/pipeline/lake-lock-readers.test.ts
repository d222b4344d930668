import { describe, expect, it } from 'vitest';
import { RunLockedError } from '#lib/errors';
import {
  hold,
  lockOf,
  moment,
  stores,
  until,
} from '../../helpers/lake-lock-holders.ts';

describe.each(stores)(
  "the lake's lock between readers and a rollup, on %s",
  (_, makeLake) => {
    it("lets the run's plan and the backtest's plan hold it at once", async () => {
      // Prepare: the run's plan holds the lake
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      await plan.held;

      // Act: the backtest's plan, not allowed to wait
      const backtest = hold(lake, 'backtest');
      await backtest.held;
      const both = await lockOf(lake);
      backtest.release();
      plan.release();

      // Assess: both held it, each with its lease; nothing left after
      expect(await Promise.all([plan.done, backtest.done])).toEqual([
        'plan',
        'backtest',
      ]);
      expect(both.readers.map((r: { stage: string }) => r.stage)).toEqual([
        'plan',
        'backtest',
      ]);
      expect(await lockOf(lake)).toBeUndefined();
    });

    it('loses no lease when plans take and leave it at the same moment', async () => {
      // Prepare
      const lake = await makeLake();

      // Act: five plans (and backtests) come at once, then leave at once
      const readers = (
        ['plan', 'backtest', 'plan', 'backtest', 'plan'] as const
      ).map((stage) => hold(lake, stage));
      await Promise.all(readers.map((r) => r.held));
      const all = await lockOf(lake);
      for (const reader of readers) reader.release();
      const done = await Promise.allSettled(readers.map((r) => r.done));

      // Assess: each held it with its own lease; the lock is gone after
      expect(done.map((d) => d.status)).toEqual(Array(5).fill('fulfilled'));
      expect(
        new Set(all.readers.map((r: { owner: string }) => r.owner)).size,
      ).toBe(5);
      expect(await lockOf(lake)).toBeUndefined();
    });

    it('makes a rollup wait for both plans, and keeps a new plan out while it waits', async () => {
      // Prepare: both plans hold the lake
      const lake = await makeLake();
      const plan = hold(lake, 'plan');
      const backtest = hold(lake, 'backtest');
      await Promise.all([plan.held, backtest.held]);
      const order: string[] = [];

      // Act
      const rollup = hold(lake, 'rollup', 20_000);
      void rollup.held.then(() => order.push('rollup in'));
      await until(async () => (await lockOf(lake))?.waiting !== undefined);
      const late = hold(lake, 'plan');
      const refused = await late.done.catch((error: unknown) => error);
      order.push('plan out');
      plan.release();
      await moment();
      order.push('backtest out');
      backtest.release();
      await rollup.held;
      rollup.release();

      // Assess: the rollup came in only once both plans were done, and the
      // plan that came while it waited was refused, naming it
      expect(order).toEqual(['plan out', 'backtest out', 'rollup in']);
      expect(refused).toBeInstanceOf(RunLockedError);
      expect(String(refused)).toMatch(
        /another run's rollup waits for the lake's lock \(state\/rollup\.lock\), holding off new readers/,
      );
      expect(await rollup.done).toBe('rollup');
      expect(await lockOf(lake)).toBeUndefined();
    });

    it('makes a plan wait for a rollup, and refuses one that may not wait', async () => {
      // Prepare: a rollup holds the lake
      const lake = await makeLake();
      const rollup = hold(lake, 'rollup');
      await rollup.held;
      const order: string[] = [];

      // Act
      const refused = await hold(lake, 'backtest').done.catch(
        (error: unknown) => error,
      );
      const plan = hold(lake, 'plan', 20_000);
      void plan.held.then(() => order.push('plan in'));
      await moment();
      order.push('rollup out');
      rollup.release();
      await plan.held;
      plan.release();

      // Assess
      expect(String(refused)).toMatch(
        /another run's rollup holds the lake's lock \(state\/rollup\.lock\)/,
      );
      expect(order).toEqual(['rollup out', 'plan in']);
      expect(await plan.done).toBe('plan');
    });
  },
);
