import { describe, expect, it } from 'vitest';
import { Memo } from '#lib/forecast/memo';
import { piecewiseTrend } from '#lib/forecast/trend-models';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

describe('Memo', () => {
  it('keeps a value from the second request of its key, and drops the oldest', () => {
    // Prepare
    const memo = new Memo<number>(2);
    let made = 0;
    const make = () => {
      made += 1;
      return made;
    };

    // Act
    const once = [memo.get('a', make), memo.get('a', make)];
    const kept = memo.get('a', make);
    memo.get('b', make);
    memo.get('b', make);
    memo.get('c', make);
    memo.get('c', make);
    const again = memo.get('a', make);

    // Assert: 'a' is made twice, then served; after 'b' and 'c' it is gone
    expect(once).toEqual([1, 2]);
    expect(kept).toBe(2);
    expect(again).toBe(made);
  });
});

describe('piecewise trend with remembered designs', () => {
  it('forecasts a series exactly alike before and after others of its length', () => {
    // Prepare: three series of one length (two years: yearly terms) whose
    // growth changes at different days, so their hinges differ
    const series = [250, 400, 550].map((day, seed) => {
      const noise = trafficSeries(760, seed + 1);
      return noise.map((v, t) => v * Math.exp(t > day ? (t - day) / 200 : 0));
    });
    const run = (values: number[]) =>
      piecewiseTrend.forecast(values, 7, 90, [80, 95]);

    // Act: the first round builds the designs, the later ones reuse them
    const first = series.map(run);
    const later = [...series].reverse().map(run).reverse();
    const third = series.map(run);

    // Assert: bit for bit the same forecasts
    expect(later).toEqual(first);
    expect(third).toEqual(first);
  });
});
