import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import { evaluateAll } from '#lib/pipeline/evaluate-all';
import { modelSeries, seriesId } from '#lib/pipeline/model-series';
import type { CatalogEntry } from '#lib/pipeline/series-catalog';
import { mulberry32, normal } from '#lib/sample/prng';
import { AS_OF, acmeLink, GROUP } from '../../helpers/bundle-series.ts';

const N = 200;
const START = addDays(AS_OF, -N);
const config = { ...DEFAULT_CONFIG, horizonDays: 120 };
const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];
/** c is retired on this day, its traffic moved to a and b from the next. */
const RETIRED_ON = addDays(AS_OF, -8);
const CUT = N - 8;

/**
 * Three 100 G links of 30 Gbps; c retired 8 days back, its traffic moved
 * in halves to a and b. The group's sum is as it was.
 */
function run(retired: boolean) {
  const rng = mulberry32(7);
  const link = (moved: number) =>
    Array.from(
      { length: N },
      (_, t) =>
        (t > CUT ? moved : 1) * 30e9 * WEEK[t % 7]! + 0.4e9 * normal(rng),
    );
  const [a, b] = [link(1.5), link(1.5)];
  const c = link(0).map((v, t) => (t > CUT ? Number.NaN : v));
  const [la, lb, lc] = ['a', 'b', 'c'].map(acmeLink);
  const gone = { ...lc!, retiredOn: RETIRED_ON };
  const entry = (level: SeriesLevel, key: string, links = [la!, lb!]) => ({
    level,
    key,
    links,
    lastDay: addDays(AS_OF, -1),
    observedDays: N,
    inventoryCapacityBps: links.length * 100e9,
    ...(level === 'group' && retired ? { retired: [gone] } : {}),
  });
  const entries: CatalogEntry[] = [
    entry('link', 'a', [la!]),
    entry('link', 'b', [lb!]),
    entry('group', GROUP, retired ? [la!, lb!] : [la!, lb!, lc!]),
  ];
  const group = a.map((v, t) => v + b[t]! + (Number.isNaN(c[t]!) ? 0 : c[t]!));
  const histories = new Map(
    (
      [
        ['link', 'a', a],
        ['link', 'b', b],
        ['link', 'c', c],
        ['group', GROUP, group],
      ] as const
    ).map(([level, key, values]): [string, DailySeries] => [
      seriesId({ level, key }),
      { level, key, start: START, values, capacity: values.map(() => NaN) },
    ]),
  );
  const { modelled } = modelSeries(entries, histories, AS_OF, config);
  const links = retired ? [la!, lb!, gone] : [la!, lb!, lc!];
  return evaluateAll(modelled, { links, augments: [] }, AS_OF, config);
}

describe('link steps in a bundle whose retired link moved its traffic to the others', () => {
  it('reads the rises of the links left as a move within the bundle, not a step of the group', () => {
    // Act
    const { evaluations, modelled } = run(true);
    const at = (key: string) => evaluations.find((e) => e.key === key)!;

    // Assess: each link left rose about 15 Gbps on the day after c's
    // retirement, answered by it; the group is as it was, no step named
    // on it (it was given a's, "+16.7 % of the group", and its forecast
    // read the bundle's flat traffic as a fall of 9 %/year)
    for (const key of ['a', 'b']) {
      expect(at(key).step).toMatchObject({
        direction: 'up',
        withinBundle: true,
      });
    }
    expect(at(GROUP).step).toBeUndefined();
    const group = modelled.find((m) => m.entry.level === 'group')!;
    const mean = group.forecast.mean;
    expect(mean[60]! / mean[0]!).toBeGreaterThan(0.97);
  });

  it('still names a link step on the group where no sibling was retired near it', () => {
    // Act: the same traffic, c still in the inventory
    const { evaluations } = run(false);

    // Assess
    expect(evaluations.find((e) => e.key === GROUP)!.step?.link).toBeDefined();
  });
});
