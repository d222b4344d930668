import { describe, expect, it } from 'vitest';
import { chartedSeries } from '#lib/pipeline/charted-series';
import { buildChartData } from '#lib/report/chart-data';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { AS_OF, GROUP, runBundle } from '../../helpers/bundle-series.ts';
import { emailProse } from '../../helpers/email-prose.ts';

type Run = ReturnType<typeof runBundle>;
const at = (r: Run, key: string) => r.evaluations.find((e) => e.key === key)!;
const groupForecast = (r: Run) =>
  r.modelled.find((m) => m.entry.level === 'group')!.forecast;
const email = (r: Run) =>
  emailProse(renderGroupBlock(at(r, GROUP), 1, AS_OF, 80));

describe.each([3, 11, 29])(
  'steps in a bundle of two links (seed %i)',
  (seed) => {
    const still = runBundle(undefined, undefined, seed);
    const moved = runBundle(
      { bps: 20e9, days: 7 },
      { bps: -20e9, days: 7 },
      seed,
    );

    it('a move between the links: both marked, the group as it was', () => {
      expect(at(moved, 'a').step).toMatchObject({
        direction: 'up',
        withinBundle: true,
      });
      expect(at(moved, 'b').step).toMatchObject({
        direction: 'down',
        withinBundle: true,
      });
      expect(at(moved, GROUP).step).toBeUndefined();
      expect(groupForecast(moved)).toEqual(groupForecast(still));
      expect(at(moved, GROUP)).toEqual(at(still, GROUP));
      expect(email(moved)).not.toMatch(/stepped/);
    });

    it('one link of two stepping about +70 % is named on the group and followed', () => {
      const one = runBundle({ bps: 31e9, days: 10 }, undefined, seed);
      expect(at(one, 'b').step).toBeUndefined();
      expect(at(one, GROUP).step).toMatchObject({
        link: 'a',
        direction: 'up',
        followed: true,
      });
      expect(at(one, GROUP).step!.groupPct).toBeGreaterThan(25);
      expect(email(one)).toMatch(
        /Traffic: +traffic on a stepped \+[67]\d% on 2026-07-\d\d \(\+3\d% of the group\)\n/,
      );
      const mean = groupForecast(one).mean.slice(0, 14);
      const before = groupForecast(still).mean.slice(0, 14);
      mean.forEach((m, i) => {
        expect(m / before[i]!).toBeGreaterThan(1.3);
        expect(m / before[i]!).toBeLessThan(1.45);
      });
    });

    it('steps a week apart, or of different sizes, do not answer each other', () => {
      const apart = runBundle(
        { bps: 20e9, days: 7 },
        { bps: -20e9, days: 14 },
        seed,
      );
      const sizes = runBundle(
        { bps: 36e9, days: 7 },
        { bps: -16e9, days: 7 },
        seed,
      );
      for (const r of [apart, sizes]) {
        expect(at(r, 'a').step?.withinBundle).toBeUndefined();
        expect(email(r)).toMatch(/traffic on \w stepped/);
      }
    });

    it('a step of the group itself is followed; its links are not a move', () => {
      const inflow = runBundle(
        { bps: 20e9, days: 7 },
        { bps: 20e9, days: 7 },
        seed,
      );
      expect(at(inflow, GROUP).step).toMatchObject({
        direction: 'up',
        followed: true,
      });
      expect(at(inflow, GROUP).step?.link).toBeUndefined();
      expect(at(inflow, 'a').step?.withinBundle).toBeUndefined();
      const mean = groupForecast(inflow).mean.slice(0, 14);
      const before = groupForecast(still).mean.slice(0, 14);
      mean.forEach((m, i) => {
        expect(m / before[i]!).toBeGreaterThan(1.35);
      });
      expect(email(inflow)).toMatch(/Traffic: +traffic stepped \+\d\d% on/);
    });
  },
);

describe('a link step followed by its group, on the group chart', () => {
  it('marks the step on the chart in the words of the email', () => {
    // Prepare: link a of two steps about +70 % (+35 % of the group)
    const one = runBundle({ bps: 31e9, days: 10 });
    const series = chartedSeries({ evaluated: one, asOf: AS_OF });
    const group = series.find((s) => s.level === 'group')!;

    // Act
    const { marks } = buildChartData(group, at(one, GROUP), AS_OF, 80);

    // Assess: the chart's step label is the email's "Traffic:" row
    const traffic = /Traffic: +(.*)\n/.exec(email(one))![1];
    expect(traffic).toMatch(/^traffic on a stepped \+\d+% on 2026-07-\d\d/);
    expect(marks.filter((m) => m.kind === 'step').map((m) => m.label)).toEqual([
      traffic,
    ]);
  });
});
