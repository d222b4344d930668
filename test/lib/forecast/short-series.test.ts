import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { theta } from '#lib/forecast/theta';

const GBPS = 1e9;
const WEEKLY = [1, 1.02, 1.03, 1.01, 0.98, 0.93, 0.92];

/**
 * A link ramping up from `from` Gbps over two weeks, then carrying a flat
 * 10 Gbps: from 1, a new link's turn-up; from 6, traffic moved onto a
 * link in service.
 */
function rampThenFlat(days: number, rampDays = 14, from = 1): number[] {
  return Array.from({ length: days }, (_, d) => {
    const level = d < rampDays ? from + ((10 - from) * d) / rampDays : 10;
    return level * GBPS * WEEKLY[d % 7]!;
  });
}

/** Traffic moved onto a link in service over two weeks: no turn-up. */
const movedOnto = (days: number) => rampThenFlat(days, 14, 6);

/** A link whose traffic doubled once, a third of the way in. */
function stepUp(days: number): number[] {
  return Array.from({ length: days }, (_, d) => {
    const level = d < days / 3 ? 5 : 10;
    return level * GBPS * WEEKLY[d % 7]!;
  });
}

describe('a series too short for a backtest', () => {
  it.each([
    ['ramped up from 6 Gbps, then flat, 35 days', movedOnto(35)],
    ['ramped up from 6 Gbps, then flat, 56 days', movedOnto(56)],
    ['stepped up once, 35 days', stepUp(35)],
  ])(
    '%s: its 90-day bounds stay within a few times its level, so a new link is not told to augment tenfold',
    (_name, values) => {
      // Act
      const f = forecastSeries(values, { horizon: 90, levels: [80, 95] });

      // Assess: the truth at day 90 is the flat level, 10 Gbps
      expect(f.warnings.join()).toMatch(/no backtest/);
      expect(f.upper[80]!.at(-1)! / (10 * GBPS)).toBeLessThan(4);
      expect(f.upper[95]!.at(-1)! / (10 * GBPS)).toBeLessThan(6);
      expect(f.mean.at(-1)! / (10 * GBPS)).toBeLessThan(2.5);
    },
  );
});

describe('a new link, too short for model selection', () => {
  it.each([3, 8, 10, 14, 20, 27])(
    'ramping up to 10 Gbps, %i days in: a year on it is not forecast at many times its level, and its bounds have width',
    (days) => {
      // Act
      const f = forecastSeries(rampThenFlat(days), {
        horizon: 365,
        levels: [80, 95],
      });

      // Assess: the drift of its turn-up carried 52 weeks put the mean
      // at 240 Gbps, with bounds of no width
      expect(f.model).toBe('snaive');
      expect(Math.max(...f.mean) / (10 * GBPS)).toBeLessThan(1.1);
      expect(f.upper[80]!.at(-1)! / (10 * GBPS)).toBeLessThan(6);
      expect(f.upper[80]![29]!).toBeGreaterThan(f.mean[29]! * 1.2);
      expect(f.upper[95]![29]!).toBeGreaterThan(f.upper[80]![29]!);
    },
  );
});

describe('the warning of a series too short for a backtest', () => {
  it('names the model it got, Theta on the series as it is, and its length', () => {
    // Act
    const f = forecastSeries(movedOnto(50), { horizon: 30, levels: [80] });

    // Assess: not "the first candidate", which named no model
    expect(f.warnings).toContain(
      'no backtest possible on 50 observations: used theta alone',
    );
  });
});

describe('the bounds of a series too short for a backtest', () => {
  it("are Theta's own, widened as bench:accuracy chose leave one family out (1.3 at 80 %, 2 at 95 %, linear between)", () => {
    // Arrange: 42 days growing 1 % a week, nothing for cleaning to change
    const values = Array.from(
      { length: 42 },
      (_, d) => 10 * GBPS * 1.01 ** (d / 7) * WEEKLY[d % 7]!,
    );
    const options = { horizon: 90, levels: [80, 90, 95] };
    const own = theta.forecast(values, 7, 90, [80, 90, 95]);

    // Act
    const f = forecastSeries(values, options);

    // Assess: Theta's own 80 % bounds covered 69 % of the shared cases'
    // next 90 days cut to 28–77 days, its 95 % bounds 84 %
    expect(f.model).toBe('theta');
    const factors: [number, number][] = [
      [80, 1.3],
      [90, 1.3 + (0.7 * 10) / 15],
      [95, 2],
    ];
    for (const [level, k] of factors) {
      for (const d of [0, 29, 89]) {
        const half = own.upper[level]![d]! - own.mean[d]!;
        expect(f.mean[d]).toBeCloseTo(own.mean[d]!, -1);
        expect((f.upper[level]![d]! - f.mean[d]!) / half).toBeCloseTo(k, 6);
        expect((f.mean[d]! - f.lower[level]![d]!) / half).toBeCloseTo(k, 6);
      }
    }
  });
});
