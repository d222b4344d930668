import { describe, expect, it } from 'vitest';
import { chooseRecipe } from '#lib/forecast/choose';
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';

// Challengers (docs/architecture.md "The forecast engine"): trend models
// backtested beside the pool, which may win the shrink blend on strong
// evidence but never vote in the median.

/** A deterministic series: level, slope per day, weekly swing, small noise. */
function series(n: number, slope: number): number[] {
  let seed = 1;
  const noise = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  return Array.from(
    { length: n },
    (_, i) =>
      100 + slope * i + 5 * Math.sin((2 * Math.PI * i) / 7) + 2 * noise(),
  );
}

const options = { horizon: 90, levels: [80, 95], season: 7 };
const without = { ...DEFAULT_SETTING, challengers: undefined };
const POOL_MEDIAN =
  'median:theta-log-4+robust-trend+ets-multiplicative+snaive-median+optimized-theta-log';

describe('trend challengers', () => {
  it('follow a straight trend the pool’s median bends away from', () => {
    // Prepare: 400 days rising 0.5 a day, and the noiseless truth ahead
    const y = series(400, 0.5);
    const truth = (t: number) =>
      100 + 0.5 * t + 5 * Math.sin((2 * Math.PI * t) / 7);
    const mae = (m: readonly number[]) =>
      m.reduce((a, x, h) => a + Math.abs(x - truth(400 + h)), 0) / m.length;

    // Act
    const withThem = forecastSeries(y, {
      ...options,
      setting: DEFAULT_SETTING,
    });
    const median = forecastSeries(y, { ...options, setting: without });

    // Assess: the linear trend taken, alone or blended toward the pool's
    // median, which lists the pool's five members only (with Theta's line
    // at θ = 4 the trend's gain over the median is past twice the margin:
    // alone); closer to the truth a quarter ahead than the engine without
    // challengers (about half its error)
    expect([`linear-trend`, `linear-trend~/${POOL_MEDIAN}`]).toContain(
      withThem.model.replace(/~0\.\d\d/, '~'),
    );
    expect(median.model).not.toMatch(/trend~/);
    expect(mae(withThem.mean)).toBeLessThan(0.6 * mae(median.mean));
  });

  it('change nothing on a flat series, where they show no gain', () => {
    // Prepare
    const y = series(400, 0);

    // Act
    const withThem = forecastSeries(y, {
      ...options,
      setting: DEFAULT_SETTING,
    });
    const median = forecastSeries(y, { ...options, setting: without });

    // Assess: the same median, the same forecast and bounds to the bit
    expect(withThem.model).toBe(POOL_MEDIAN);
    expect(withThem.mean).toEqual(median.mean);
    expect(withThem.upper).toEqual(median.upper);
  });

  it('change nothing where one ranks among the best models but does not win', () => {
    // Prepare: 400 days of noisy growth that speeds up, where a trend
    // ranks among the three best single models in the backtest; the mean
    // of the pool's best three wins the blend without the challengers
    let seed = 1;
    const noise = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647 - 0.5;
    };
    const y = Array.from(
      { length: 400 },
      (_, i) =>
        100 *
        Math.exp(0.004 * i + 1e-5 * i * i) *
        (1 + 0.07 * Math.sin((2 * Math.PI * i) / 7)) *
        (1 + 0.3 * noise()),
    );

    // Act: the trend set without Prophet's trend, which wins this blend
    // (a mean of it and optimised Theta)
    const withThem = forecastSeries(y, {
      ...options,
      setting: { ...DEFAULT_SETTING, challengers: 'trends' },
    });
    const alone = forecastSeries(y, { ...options, setting: without });

    // Assess: the pool's own blend, forecast and bounds to the bit (the
    // challenger had displaced the pool's mean of three: the blend went
    // toward one pool model, 2.4 % higher 90 days ahead)
    expect(withThem.model).toBe(alone.model);
    expect(withThem.mean).toEqual(alone.mean);
    expect(withThem.upper).toEqual(alone.upper);
  });
});

describe('a pool without a median', () => {
  it('takes the pool’s best model, not a challenger that had no median to beat', () => {
    // Prepare: one pool model left usable, a challenger scoring better
    const run = { origin: 0, actual: [10, 10], level: 10, means: {} };
    const path = (v: number) => () => [v, v];
    const ranked = [
      { members: ['piecewise-trend'], score: 0.01, path: path(10) },
      { members: ['theta-log'], score: 0.2, path: path(12) },
    ];

    // Act
    const recipe = chooseRecipe(
      [run] as unknown as Parameters<typeof chooseRecipe>[0],
      ranked,
      ['theta-log'],
      DEFAULT_SETTING,
    );

    // Assess
    expect(recipe?.label).toBe('theta-log');
  });
});
