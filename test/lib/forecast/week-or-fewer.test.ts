import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';

const GBPS = 1e9;

describe('a new link with a season of days or fewer', () => {
  // 130 Gbps, ±6 % from day to day
  const days = (n: number) =>
    Array.from({ length: n }, (_, d) => 130 * GBPS * [1, 0.94, 1.06][d % 3]!);
  const width = (f: ReturnType<typeof forecastSeries>, d: number) =>
    f.upper[80]![d]! - f.mean[d]!;

  it.each([2, 3, 5])(
    '%i days in: its bounds widen with the square root of the weeks ahead, the power the shared cases chose leave one family out, not with each of its days ahead',
    (n) => {
      // Act
      const f = forecastSeries(days(n), { horizon: 365, levels: [80, 95] });

      // Assess: not widened, they held 58 % of the shared cases' next 30
      // days at 80 %, 31 % a year on; widened with each of its days ahead
      // (√183 a year on from 3 days, not √53) 5 of 8 bundles of a new
      // lake were critical
      expect(width(f, 6) / width(f, 0)).toBeCloseTo(1, 6);
      expect(width(f, 364) / width(f, 0)).toBeCloseTo(Math.sqrt(53), 6);
      expect(f.upper[95]!.at(-1)!).toBeGreaterThan(f.upper[80]!.at(-1)!);
    },
  );

  it('with the setting `daysGrowth` 0, its bounds a year on are those of its first week ahead', () => {
    // Act
    const f = forecastSeries(days(3), {
      horizon: 365,
      levels: [80],
      setting: { ...DEFAULT_SETTING, daysGrowth: 0 },
    });

    // Assess: the spread of 3 days at ±6 %, √2 × 7.8 Gbps, × 1.28
    expect(width(f, 0) / GBPS).toBeCloseTo(14.14, 2);
    expect(width(f, 364) / width(f, 0)).toBeCloseTo(1, 6);
  });
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
      'short history: 1 observation, fewer than 28; used its one day ' +
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
