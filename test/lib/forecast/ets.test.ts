import { describe, expect, it } from 'vitest';
import { etsMultiplicative, forecastSeries } from '#lib/forecast/index';
import { seasonalNaive } from '#lib/forecast/seasonal-naive';
import type { Forecaster } from '#lib/forecast/types';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

describe('ETS refit from an earlier fit', () => {
  it('forecasts within 2 % of a fit from scratch', () => {
    // Prepare
    const y = trafficSeries(730, 11);
    const earlier = etsMultiplicative.fit(y.slice(0, 550), 7);

    // Act
    const warm = etsMultiplicative.refit!(y, 7, earlier);
    const cold = etsMultiplicative.fit(y, 7);

    // Assess
    const a = etsMultiplicative.predict(warm, 90, []).mean;
    const b = etsMultiplicative.predict(cold, 90, []).mean;
    a.forEach((v, i) => {
      expect(Math.abs(v / b[i]! - 1)).toBeLessThan(0.02);
    });
    expect(warm.sigma).toBeLessThan(1.1 * cold.sigma);
  });

  it('is used for the final forecast of a chosen model', () => {
    // Prepare
    const earlier: unknown[] = [];
    const model: Forecaster = {
      ...seasonalNaive,
      name: 'refitting-naive',
      refit: (values, season, fit) => {
        earlier.push(fit);
        return seasonalNaive.fit(values, season);
      },
    } as Forecaster;
    const y = trafficSeries(400, 12);

    // Act
    const f = forecastSeries(y, {
      horizon: 30,
      levels: [80],
      candidates: [model],
    });

    // Assess
    expect(f.model).toBe('refitting-naive');
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toBeDefined();
  });
});
