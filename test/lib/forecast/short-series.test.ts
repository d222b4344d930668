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

describe('a new link with a season of days or fewer', () => {
  it.each([2, 3, 5])(
    '%i days in: its bounds a year on are those of the days it has, not widened with each of them ahead',
    (days) => {
      // Prepare: 130 Gbps, ±6 % from day to day
      const values = Array.from(
        { length: days },
        (_, d) => 130 * GBPS * [1, 0.94, 1.06][d % 3]!,
      );

      // Act
      const f = forecastSeries(values, { horizon: 365, levels: [80, 95] });

      // Assess: the season shrunk to the days it has, widened with each
      // of them ahead, put the 80 % bound at 1.7–2.4 × a year on
      const top = Math.max(...values);
      expect(f.upper[80]!.at(-1)!).toBeLessThan(top * 1.1);
      const width = (d: number) => (f.upper[80]![d]! - f.mean[d]!) / top;
      expect(width(364)).toBeCloseTo(width(0), 6);
      expect(f.upper[95]!.at(-1)!).toBeGreaterThan(f.upper[80]!.at(-1)!);
    },
  );
});

describe('the bounds of a new link with a week of days', () => {
  // A weekday level of 130 Gbps and a weekend at 60 % of it
  const WEEKEND_DIP = [1, 1, 1, 1, 1, 0.6, 0.6];

  it.each([1, 2, 3, 4, 5, 6])(
    'do not depend on the weekday its traffic started (Monday and %i days later)',
    (shift) => {
      // Prepare: the same seven days, the lake started on another weekday
      const week = (from: number) =>
        Array.from(
          { length: 7 },
          (_, d) => 130 * GBPS * WEEKEND_DIP[(d + from) % 7]!,
        );
      const halfWidth = (values: number[]) => {
        const f = forecastSeries(values, { horizon: 30, levels: [80] });
        return f.upper[80]![0]! - f.mean[0]!;
      };

      // Act
      const fromMonday = halfWidth(week(0));
      const later = halfWidth(week(shift));

      // Assess: from the last day less the first alone, a Thursday start
      // (Thursday to Wednesday, both weekdays) had bounds of no width,
      // a Monday start (Monday to Sunday) ±67 Gbps at 80 %; now ±46
      expect(later).toBeGreaterThan(10 * GBPS);
      expect(later / fromMonday).toBeCloseTo(1, 6);
    },
  );
});

describe('the note of a new link with a week of days or fewer', () => {
  it.each([
    [
      7,
      'short history: 7 observations, fewer than 28; used its 7 days ' +
        'repeated, with no trend, its bounds from the spread of its 7 days ' +
        'alone (snaive)',
    ],
    [
      3,
      'short history: 3 observations, fewer than 28; used its last 2 days ' +
        'repeated, with no trend, its bounds from the spread of its 3 days ' +
        'alone (snaive)',
    ],
    [
      2,
      'short history: 2 observations, fewer than 28; used its last day ' +
        'repeated, with no trend, its bounds from the spread of its 2 days ' +
        'alone (snaive)',
    ],
    [
      1,
      'short history: 1 observations, fewer than 28; used its one day ' +
        'repeated, with no trend, its bounds of no width (snaive)',
    ],
  ])(
    '%i days in: says what was repeated and that its bounds are from those days alone',
    (days, note) => {
      // Prepare
      const values = Array.from({ length: days }, (_, d) => (60 + d) * GBPS);

      // Act
      const f = forecastSeries(values, { horizon: 30, levels: [80] });

      // Assess: it read 'used its last week repeated', with a week it had
      // not seen, and nothing of how few days its bounds came from
      expect(f.warnings).toContain(note);
    },
  );
});

describe('the forecast of a new link with a week of days', () => {
  it('puts each weekday of the weeks ahead at that weekday of the week it has', () => {
    // Prepare: Monday to Sunday, 130 Gbps on weekdays, 60 % at the weekend
    const week = [1, 1, 1, 1, 1, 0.6, 0.6].map((x) => 130 * GBPS * x);

    // Act
    const f = forecastSeries(week, { horizon: 28, levels: [80] });

    // Assess: its last 6 days repeated put the next week's weekend dip
    // on Friday and Saturday, the week after's on Thursday and Friday
    expect(f.mean).toEqual(Array.from({ length: 28 }, (_, h) => week[h % 7]));
  });
});
