import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  BUNDLES,
  day,
  FRESH,
  notTold,
  once,
  part2Refused,
  refusePart2,
  withCleared,
} from './notify-alert-parts-owed-fixture.ts';
import { useNotifyFixture } from './notify-fixture.ts';
import { toldPerAddress } from './notify-parts-fixture.ts';
import {
  acceptedBySns as accepted,
  killedAfter,
  snsRefusing as sns,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

/** 11-25 with part 2 refused, killed after step `k`: the bundles not told. */
async function killedOn1125(k: number): Promise<Evaluation[]> {
  refusePart2();
  const killed = day('2026-11-25', BUNDLES, killedAfter(k));
  await expect(killed).rejects.toThrow(`killed after step ${k}`);
  sns(() => false);
  return notTold();
}

/** The 600 bundles with those of `gone` at ok, and FRESH critical. */
const unsentCleared = (gone: readonly Evaluation[]) => [
  ...withCleared(gone),
  FRESH,
];

describe('notify over SNS: an alert in parts refused, then killed', () => {
  // 11-25's steps: save, then each part published and saved; killed
  // before part 2's publish (3), after its refusal (4) or its save (5)
  it.each([3, 4, 5])(
    'lists every bundle at risk in the next alert once the parts not told cleared, killed after step %i',
    async (k) => {
      // Prepare: part 1 accepted (151 bundles); parts 2 to 4 not told
      const unsent = await killedOn1125(k);
      const atRisk = [...BUNDLES.filter((g) => !unsent.includes(g)), FRESH];

      // Act: on 11-26 they are ok, and FRESH critical
      const next = await day('2026-11-26', unsentCleared(unsent));

      // Assess: before, 'Acme: 1 critical'
      expect([unsent.length, toldPerAddress(next)]).toEqual([
        449,
        once(atRisk),
      ]);
    },
  );

  it.each([3, 4, 5])(
    'tells the parts not told beside a bundle newly critical, each once, killed after step %i',
    async (k) => {
      // Prepare: parts 2 to 4 not told; on 11-26 150 of their bundles ok
      const unsent = await killedOn1125(k);
      const gone = unsent.slice(0, 150);
      const evaluations = unsentCleared(gone);

      // Act
      await day('2026-11-26', evaluations);
      await day('2026-11-27', evaluations);

      // Assess: the rest of 11-25's alert and FRESH once, part 1 left out
      const atRisk = [...BUNDLES.filter((g) => !gone.includes(g)), FRESH];
      expect(toldPerAddress(accepted)).toEqual(once(atRisk));
    },
  );
});

describe('notify over SNS: the alert after a refused part cleared, killed', () => {
  // 11-26's alert of 450 bundles in 3 parts: save, then each part
  // published and saved
  it.each([1, 2, 3, 4, 5, 6])(
    'loses no bundle and repeats none unmarked, killed after step %i',
    async (k) => {
      // Prepare: part 2 refused on 11-25; on 11-26 its bundles are ok and
      // FRESH critical, the run killed
      const refused = await part2Refused();
      const evaluations = unsentCleared(refused);
      const since = accepted.length;
      const killed = day('2026-11-26', evaluations, killedAfter(k));
      await expect(killed).rejects.toThrow(`killed after step ${k}`);

      // Act: the day replayed, and the next
      await day('2026-11-26', evaluations);
      await day('2026-11-27', evaluations);

      // Assess
      const atRisk = [...BUNDLES.filter((g) => !refused.includes(g)), FRESH];
      const told = toldPerAddress(accepted);
      const lost = Object.keys(once(atRisk)).filter((p) => !told[p]);
      const recent = accepted.slice(since);
      const unmarked = recent.filter((m) => !m.subject.includes('possible'));
      const twice = Object.entries(toldPerAddress(unmarked)).filter(
        ([, n]) => n > 1,
      );
      expect([lost, twice]).toEqual([[], []]);
    },
  );
});
