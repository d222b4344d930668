import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';

const GBPS = 1e9;
const WEEKLY = [1, 1.02, 1.03, 1.01, 0.98, 0.93, 0.92];

/** A daily series of `level(d)` Gbps with a weekly pattern. */
function daily(days: number, level: (d: number) => number): number[] {
  return Array.from(
    { length: days },
    (_, d) => level(d) * GBPS * WEEKLY[d % 7]!,
  );
}

/** A new link: 1 Gbps on its first day, 10 Gbps two weeks on, then flat. */
const turnedUp = (days: number) =>
  daily(days, (d) => (d < 14 ? 1 + (9 * d) / 14 : 10));

describe("a new link's turn-up", () => {
  it.each([35, 56, 120, 400])(
    'ramped up to 10 Gbps in two weeks, then flat, %i days in: forecast flat, not carried on at the pace of its turn-up',
    (days) => {
      // Act
      const f = forecastSeries(turnedUp(days), {
        horizon: 365,
        levels: [80, 95],
      });

      // Assess: with its turn-up in the fit, a 35-day link was forecast
      // at 38 Gbps a year on (53 Gbps at the 80 % bound)
      expect(f.warnings[0]).toMatch(/^turn-up: left out its first 11 days/);
      for (const d of [89, 364]) {
        expect(f.mean[d]! / (10 * GBPS)).toBeGreaterThan(0.85);
        expect(f.mean[d]! / (10 * GBPS)).toBeLessThan(1.15);
      }
      expect(f.upper[80]!.at(-1)! / (10 * GBPS)).toBeLessThan(2);
    },
  );

  it('in the inventory five days before its traffic: the days of zeros are left out', () => {
    // Act
    const values = daily(60, (d) => (d < 5 ? 0 : 10));
    const f = forecastSeries(values, { horizon: 90, levels: [80] });

    // Assess
    expect(f.warnings[0]).toMatch(/^turn-up: left out its first 5 days/);
    expect(f.mean.at(-1)! / (10 * GBPS)).toBeGreaterThan(0.85);
    expect(f.mean.at(-1)! / (10 * GBPS)).toBeLessThan(1.15);
  });

  it('reading zero for 40 days before its turn-up: the zeros and the ramp are left out', () => {
    // Act
    const values = daily(84, (d) =>
      d < 40 ? 0 : d < 54 ? 1 + (9 * (d - 40)) / 14 : 10,
    );
    const f = forecastSeries(values, { horizon: 365, levels: [80] });

    // Assess
    expect(f.warnings[0]).toMatch(/^turn-up: left out its first 51 days/);
    expect(f.warnings[1]).toMatch(/no backtest possible on 33 observations/);
  });

  it('with days missing: the observed days are counted after the turn-up, and a gap after it keeps its day', () => {
    // Arrange: days 4 (in the turn-up) and 20 (after it) missing
    const values = turnedUp(30);
    values[4] = Number.NaN;
    values[20] = Number.NaN;

    // Act
    const f = forecastSeries(values, { horizon: 30, levels: [80] });

    // Assess: 28 observed, 10 of them in the 11 days left out
    expect(f.warnings).toContain(
      'short history: 18 observations, fewer than 28; used its last week ' +
        'repeated, with no trend (snaive)',
    );
    expect(f.cleaned.map((c) => [c.index, c.kind])).toEqual([[20, 'missing']]);
  });
});

describe('a series that starts low but has no turn-up', () => {
  it('still ramping up at its first pace: its trend is its own', () => {
    // Act: 0.5 Gbps a day, from 0.2 to 17.7 Gbps in 35 days
    const values = daily(35, (d) => 0.2 + 0.5 * d);
    const f = forecastSeries(values, { horizon: 90, levels: [80] });

    // Assess
    expect(f.warnings.join()).not.toMatch(/turn-up/);
    expect(f.mean.at(-1)!).toBeGreaterThan(20 * GBPS);
  });

  it.each([
    [
      'an idle link with traffic on its last ten days only',
      daily(60, (d) => (d < 50 ? 0 : 10)),
    ],
    ['two years growing 40 % a year', daily(730, (d) => 10 * 1.4 ** (d / 365))],
    [
      'traffic moved onto it over two weeks, from 6 to 10 Gbps',
      daily(60, (d) => (d < 14 ? 6 + (4 * d) / 14 : 10)),
    ],
    [
      'a first week at 60 % of its level after (a holiday)',
      daily(60, (d) => (d < 7 ? 6 : 10)),
    ],
  ])('%s: nothing left out', (_name, values) => {
    // Act
    const f = forecastSeries(values, { horizon: 90, levels: [80] });

    // Assess
    expect(f.warnings.join()).not.toMatch(/turn-up/);
  });
});
