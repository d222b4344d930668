import { describe, expect, it } from 'vitest';
import { rollingMedian } from '#lib/forecast/expectation';
import { planBacktest, runBacktest, seasonalNaive } from '#lib/forecast/index';
import { quantile } from '#lib/forecast/stats';
import type { Forecaster } from '#lib/forecast/types';

/** A model forecasting a constant, counting the origins it was fitted at. */
function constantModel(name: string, value: number, seen: number[]) {
  const fitConstant = (values: readonly number[]) => {
    seen.push(values.length);
    return value;
  };
  const predict = (v: number, h: number) => ({
    mean: Array.from({ length: h }, () => v),
    lower: {},
    upper: {},
  });
  return {
    name,
    minLength: 1,
    fit: fitConstant,
    predict,
    forecast: (values: readonly number[], _s: number, h: number) =>
      predict(fitConstant(values), h),
  } as Forecaster;
}

describe('runBacktest', () => {
  it('drops a model far worse at the latest origin from the earlier ones', () => {
    // Prepare
    const y = Array.from({ length: 400 }, () => 100);
    const good: number[] = [];
    const bad: number[] = [];
    const preferred: number[] = [];
    const models = [
      constantModel('preferred', 500, preferred),
      constantModel('good', 101, good),
      constantModel('bad', 400, bad),
    ];
    const plan = planBacktest(y.length, 90, 56);

    // Act
    const runs = runBacktest(y, models, plan, 7);

    // Assess
    expect(plan.origins.length).toBeGreaterThan(1);
    expect(good).toEqual(plan.origins);
    expect(preferred).toEqual(plan.origins);
    expect(bad).toEqual([plan.origins[0]]);
    for (const run of runs) expect(Object.keys(run.means)).not.toContain('bad');
  });

  it('keeps every model that scores close to the best', () => {
    // Prepare
    const y = Array.from({ length: 300 }, (_, t) => 50 + (t % 7));

    // Act
    const runs = runBacktest(y, [seasonalNaive], planBacktest(300, 60, 56), 7);

    // Assess
    for (const run of runs) expect(run.means['snaive-drift']).toBeDefined();
  });
});

describe('fast order statistics', () => {
  it('give the same rolling medians and quantiles as sorting', () => {
    // Prepare
    const y = Array.from({ length: 60 }, (_, i) => ((i * 37) % 11) - 3);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

    // Act
    const rolled = rollingMedian(y, 3);
    const q = [0, 0.3, 0.5, 0.95, 1].map((p) => quantile(y, p));

    // Assess
    rolled.forEach((m, i) => {
      const start = Math.min(Math.max(0, i - 3), y.length - 7);
      expect(m).toBe(sorted(y.slice(start, start + 7))[3]);
    });
    const s = sorted(y);
    expect(q[0]).toBe(s[0]);
    expect(q[2]).toBe((s[29]! + s[30]!) / 2);
    expect(q[4]).toBe(s[59]);
    expect(q[1]).toBeCloseTo(s[17]! + (s[18]! - s[17]!) * 0.7, 12);
  });
});
