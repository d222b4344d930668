import { describe, expect, it } from 'vitest';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import {
  expectEachOnce,
  sns,
  toldToFormer,
  toNoc,
} from './notify-handover-sns-fixture.ts';
import { killedAfter, notifier, useMockedSns } from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify over SNS: a run killed as the bundle is handed over', () => {
  // The run's steps: save, publish the alert, save, publish the
  // handover, save; killed after each, then the next day's run
  it.each([0, 1, 2, 3, 4])(
    'loses nothing and repeats nothing unmarked, killed after step %i',
    async (k) => {
      // Prepare
      await toldToFormer();
      sns(() => false);
      await expect(toNoc(killedAfter(k), '2026-11-25')).rejects.toThrow(
        `killed after step ${k}`,
      );

      // Act
      await toNoc({ ...deps, notifier }, '2026-11-26');
      await toNoc({ ...deps, notifier }, '2026-11-27');

      // Assess: every address has its message, at most once unmarked;
      // once the alert was recorded (step 3), never again: before, the
      // next day's run sent noc's alert again, unmarked
      expectEachOnce(k >= 3);
    },
  );

  // The retry's steps: save, publish the handover, save
  it.each([0, 1, 2])(
    'sends the refused handover alone, killed after step %i of its retry',
    async (k) => {
      // Prepare: noc's alert accepted on 11-25, the handover refused
      await toldToFormer();
      sns((input) => (input.Subject ?? '').includes('handed over'));
      await toNoc({ ...deps, notifier }, '2026-11-25');
      sns(() => false);
      await expect(toNoc(killedAfter(k), '2026-11-26')).rejects.toThrow(
        `killed after step ${k}`,
      );

      // Act
      await toNoc({ ...deps, notifier }, '2026-11-27');
      await toNoc({ ...deps, notifier }, '2026-11-28');

      // Assess
      expectEachOnce(true);
    },
  );
});
