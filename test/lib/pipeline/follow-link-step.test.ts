import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import { evaluateAll } from '#lib/pipeline/evaluate-all';
import { inServiceEntries } from '#lib/pipeline/in-service-links';
import { modelSeries, seriesId } from '#lib/pipeline/model-series';
import { acmeLink, GROUP } from '../../helpers/bundle-series.ts';

const START = '2026-01-01';
const DAYS = 150;
const AS_OF = addDays(START, DAYS);
const QUIET = 10;
const LINKS = [acmeLink('r1'), acmeLink('r2'), acmeLink('r3')];
const weekly = (day: number) => 1 + (day % 7) * 0.01;

/** A series of `gbps(day)` (NaN: no row), with 288 samples a day. */
function series(level: SeriesLevel, key: string, gbps: (d: number) => number) {
  const values = Array.from({ length: DAYS }, (_, d) => gbps(d) * 1e9);
  const history: DailySeries = {
    level,
    key,
    start: START,
    values,
    capacity: values.map(() => Number.NaN),
    samples: values.map((v) => (Number.isNaN(v) ? Number.NaN : 288)),
  };
  const links =
    level === 'link' ? LINKS.filter((l) => l.linkId === key) : LINKS;
  const entry = {
    level,
    key,
    links,
    lastDay: addDays(START, DAYS - 1),
    observedDays: DAYS,
    inventoryCapacityBps: links.length * 100e9,
  };
  return { history, entry };
}

describe('a group following a link step', () => {
  it('keeps the note of its days left out', () => {
    // Prepare: r3 goes quiet for the last QUIET days, and r1 and r2 step
    // from 20 to 30 Gbps the same day (its traffic moved to them)
    const late = (d: number) => d >= DAYS - QUIET;
    const moved = (d: number) => (late(d) ? 30 : 20) * weekly(d);
    const all = [
      series('link', 'r1', moved),
      series('link', 'r2', moved),
      series('link', 'r3', (d) => (late(d) ? Number.NaN : 20 * weekly(d))),
      series('group', GROUP, (d) => 60 * weekly(d)),
    ];
    const histories = new Map(all.map((s) => [seriesId(s.history), s.history]));
    const config = { ...DEFAULT_CONFIG, horizonDays: 120 };
    const { modelled } = modelSeries(
      all.map((s) => s.entry),
      histories,
      AS_OF,
      config,
    );

    // Act
    const run = evaluateAll(
      modelled,
      { links: LINKS, augments: [] },
      AS_OF,
      config,
    );

    // Assess: the group follows r1's step, and still says why its last
    // days are not in its history
    const at = run.evaluations.findIndex((e) => e.key === GROUP);
    expect(run.evaluations[at]!.step?.link).toBe('r1');
    expect(run.modelled[at]!.forecast.warnings).toContainEqual(
      expect.stringMatching(
        /^10 days left out of the forecast, .* r3 sent 0 of 288 samples$/,
      ),
    );
  });

  it.each([
    ['its retirement', 0],
    ['a drain 5 days before its retirement', 5],
  ])(
    "is not taken for a step when a retired link's traffic moved to it on %s",
    (_, drained) => {
      // Prepare: r1 carries r3's traffic for the last 10 days (20 to 40
      // Gbps), r3 sending none from then and retired `drained` days later;
      // the group stays at 60
      const late = (d: number) => d >= DAYS - 10;
      const r3Gbps = (d: number) =>
        d >= DAYS - 10 + drained ? Number.NaN : late(d) ? 0 : 20 * weekly(d);
      const all = [
        series('link', 'r1', (d) => (late(d) ? 40 : 20) * weekly(d)),
        series('link', 'r2', (d) => 20 * weekly(d)),
        series('link', 'r3', r3Gbps),
        series('group', GROUP, (d) => 60 * weekly(d)),
      ];
      const r3 = {
        ...LINKS[2]!,
        retiredOn: addDays(START, DAYS - 11 + drained),
      };
      const links = [LINKS[0]!, LINKS[1]!, r3];
      const entries = inServiceEntries(
        all.map((s) => ({
          ...s.entry,
          links: s.entry.links.map((l) => (l.linkId === 'r3' ? r3 : l)),
        })),
        AS_OF,
      );
      const histories = new Map(
        all.map((s) => [seriesId(s.history), s.history]),
      );
      const config = { ...DEFAULT_CONFIG, horizonDays: 120 };
      const { modelled } = modelSeries(entries, histories, AS_OF, config);

      // Act
      const run = evaluateAll(modelled, { links, augments: [] }, AS_OF, config);

      // Assess: r1's step is a move inside the bundle, and the group is
      // read as it is: its peak 60 × 1.06 Gbps, its forecast at its level.
      // It followed r1's step, from its history less r1's 20 Gbps: its
      // peak read 60.6, its mean 28 % above its traffic (79 Gbps)
      const at = run.evaluations.findIndex((e) => e.key === GROUP);
      const group = run.evaluations[at]!;
      const r1 = run.evaluations.find((e) => e.key === 'r1')!;
      expect(r1.step).toMatchObject({ direction: 'up', withinBundle: true });
      expect(group.step).toBeUndefined();
      expect(group.lastPeakBps / 1e9).toBeCloseTo(60 * 1.06, 1);
      run.modelled[at]!.forecast.mean.slice(0, 14).forEach((m, i) => {
        expect(m / (60e9 * weekly(DAYS + i))).toBeCloseTo(1, 1);
      });
    },
  );
});
