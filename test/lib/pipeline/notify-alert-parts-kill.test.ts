import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import { deps, group, useNotifyFixture } from './notify-fixture.ts';
import {
  acceptedBySns as accepted,
  killedAfter,
  notifier,
  snsRefusing as sns,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

const SITES = Array.from({ length: 600 }, (_, i) => `S${1000 + i}`);
/** Acme's 600 critical bundles: an alert in two parts. */
const BUNDLES: Evaluation[] = SITES.map((site) => ({
  ...group('Acme', 'critical', '2026-12-20'),
  key: `Acme/${site}/ix`,
  site,
}));

const run = (with_: NotifyDeps, asOf: string) =>
  notify(with_, { asOf, evaluations: BUNDLES });

/** Each bundle received, at most once unmarked. */
function expectEachOnce(): void {
  for (const site of SITES) {
    const told = accepted.filter((m) => m.body.includes(`${site}`));
    const unmarked = told.filter((m) => !m.subject.includes('possible'));
    expect([site, told.length > 0, unmarked.length <= 1]).toEqual([
      site,
      true,
      true,
    ]);
  }
}

describe('notify over SNS: an alert in parts, killed or refused', () => {
  // The run's steps: save, publish part 1, save, publish part 2, save
  it.each([0, 1, 2, 3, 4])(
    'loses nothing and repeats nothing unmarked, killed after step %i',
    async (k) => {
      // Prepare
      sns(() => false);
      await expect(run(killedAfter(k), '2026-11-25')).rejects.toThrow(
        `killed after step ${k}`,
      );

      // Act
      await run({ ...deps, notifier }, '2026-11-26');
      await run({ ...deps, notifier }, '2026-11-27');

      // Assess
      expectEachOnce();
    },
  );

  // Part 2 refused on 11-25; the retry's steps: save, publish, save
  it.each([0, 1, 2])(
    'sends the refused part alone, killed after step %i of its retry',
    async (k) => {
      // Prepare
      sns((input) => (input.Subject ?? '').includes('part 2/2'));
      await run({ ...deps, notifier }, '2026-11-25');
      sns(() => false);
      await expect(run(killedAfter(k), '2026-11-26')).rejects.toThrow(
        `killed after step ${k}`,
      );

      // Act
      await run({ ...deps, notifier }, '2026-11-27');
      await run({ ...deps, notifier }, '2026-11-28');

      // Assess: before, part 1's bundles twice, unmarked
      expectEachOnce();
      expect(accepted.filter((m) => m.body.includes('S1000'))).toHaveLength(1);
    },
  );
});
