import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { evaluateAll } from '#lib/pipeline/evaluate-all';
import {
  AS_OF,
  acmeLink,
  GROUP,
  runBundle,
} from '../../helpers/bundle-series.ts';

/** One more 100 G port for the bundle, in service in 60 days. */
const AUGMENT = {
  group: GROUP,
  inServiceDate: addDays(AS_OF, 60),
  addedBps: 100e9,
  reference: 'CHG-7',
};

describe("a link's share of its group's planned augments", () => {
  it('gives no link of a two-link bundle the augment: the links add up to the group', () => {
    // Act
    const { evaluations } = runBundle(undefined, undefined, 3, [AUGMENT]);

    // Assess
    const group = evaluations.find((e) => e.level === 'group')!;
    const links = evaluations.filter((e) => e.level === 'link');
    expect(group.plannedAugments.map((a) => a.reference)).toEqual(['CHG-7']);
    expect(links.map((e) => e.plannedAugments)).toEqual([[], []]);
    expect(links.map((e) => e.capacityBps)).toEqual([100e9, 100e9]);
  });

  it("gives a group's one link the augment, which is that link's upgrade", () => {
    // Prepare: link a alone in the bundle
    const { modelled } = runBundle(undefined, undefined, 3);
    const linkA = modelled.filter((s) => s.entry.key === 'a');
    const config = { ...DEFAULT_CONFIG, horizonDays: 120 };

    // Act
    const { evaluations } = evaluateAll(
      linkA,
      { links: [acmeLink('a')], augments: [AUGMENT] },
      AS_OF,
      config,
    );

    // Assess
    expect(evaluations[0]!.plannedAugments.map((a) => a.reference)).toEqual([
      'CHG-7',
    ]);
  });

  it.each([
    ['retired', { retiredOn: addDays(AS_OF, -30) }],
    ['silent', {}],
  ])(
    "gives the augment to a link whose sibling is %s: it is the group's one link left",
    (_, sibling) => {
      // Prepare: b in links.csv, but retired (or with no traffic, so no series)
      const { modelled } = runBundle(undefined, undefined, 3);
      const b = { ...acmeLink('b'), ...sibling };
      const silent = 'retiredOn' in sibling ? [] : [b];
      const series = modelled
        .filter((s) => s.entry.key === 'a' || s.entry.level === 'group')
        .map((s) => ({
          ...s,
          entry: s.entry.level === 'group' ? { ...s.entry, silent } : s.entry,
        }));
      const config = { ...DEFAULT_CONFIG, horizonDays: 120 };

      // Act
      const { evaluations } = evaluateAll(
        series,
        { links: [acmeLink('a'), b], augments: [AUGMENT] },
        AS_OF,
        config,
      );

      // Assess
      const a = evaluations.find((e) => e.level === 'link')!;
      expect(a.plannedAugments.map((x) => x.reference)).toEqual(['CHG-7']);
    },
  );
});
