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

/** A bundle newly critical, due first: it leads the next alert. */
const URGENT: Evaluation = {
  ...group('Acme', 'critical', '2026-12-10'),
  key: 'Acme/S0999/ix',
  site: 'S0999',
};

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

  it('keeps a part refused after a kill marked until it is accepted', async () => {
    // Prepare: on 11-25, part 1 accepted, then killed before its save
    sns(() => false);
    await expect(run(killedAfter(2), '2026-11-25')).rejects.toThrow(
      'killed after step 2',
    );
    // 11-26: a bundle newly due first shifts part 1's last into part 2,
    // which SNS refuses
    sns((input) => (input.Subject ?? '').includes('part 2/2'));
    const evaluations = [URGENT, ...BUNDLES];
    await notify({ ...deps, notifier }, { asOf: '2026-11-26', evaluations });
    sns(() => false);

    // Act
    await notify({ ...deps, notifier }, { asOf: '2026-11-27', evaluations });

    // Assess: before, part 1's acceptance on 11-26 settled the 11-25 send
    // for part 2 too, and its bundles went again unmarked on 11-27, one
    // of them told twice so
    expectEachOnce();
    expect(accepted.at(-1)!.subject).toMatch(
      /^\[Headroom\] \(possible repeat\) Acme: \d+ critical/,
    );
  });
});
