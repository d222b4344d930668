import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import {
  BASE_INPUT,
  G,
  LINK_A,
  LINK_B,
  linearForecast,
} from './series-fixture.ts';

// BASE_INPUT: capacity 200 G, mean 100 + 0.2 i G on day i = 2026-01-01 + i,
// upper 80 % bound 20 G above (the hand computation is in
// evaluate-series.test.ts).
describe('evaluateSeries thresholds', () => {
  it.each([
    // mean 100 G flat; upper 100 + spread; 200 G capacity.
    {
      name: 'warning on the mean only',
      start: 140,
      spread: 0,
      dates: ['2026-01-01', undefined, undefined],
    },
    {
      name: 'critical on the mean',
      start: 170,
      spread: 0,
      dates: ['2026-01-01', '2026-01-01', undefined],
    },
    {
      name: 'full on the mean',
      start: 200,
      spread: 0,
      dates: ['2026-01-01', '2026-01-01', '2026-01-01'],
    },
    {
      name: 'just under warning',
      start: 139.9,
      spread: 0,
      dates: [undefined, undefined, undefined],
    },
  ])('finds each threshold: $name', ({ start, spread, dates }) => {
    // Prepare
    const forecast = linearForecast(start, 0, spread);

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess
    expect([e.warningDate, e.criticalDate, e.fullDate]).toEqual(dates);
  });

  it('applies the strictest per-row threshold override of the members', () => {
    // Prepare
    const links = [{ ...LINK_A, warning: 0.5, critical: 0.6 }, LINK_B];

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, links });

    // Assess: mean 100 + 0.2 i ≥ 100 at i = 0; ≥ 120 at i = 100.
    expect([e.warning, e.critical, e.warningDate, e.criticalDate]).toEqual([
      0.5,
      0.6,
      '2026-01-01',
      '2026-04-11',
    ]);
  });

  it('uses the link type thresholds from the configuration', () => {
    // Prepare
    const config = {
      ...DEFAULT_CONFIG,
      thresholds: { ...DEFAULT_CONFIG.thresholds, pni: { warning: 0.6 } },
    };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, config });

    // Assess: 100 + 0.2 i ≥ 120 at i = 100.
    expect([e.warning, e.critical, e.warningDate]).toEqual([
      0.6,
      0.85,
      '2026-04-11',
    ]);
  });

  it('decides on the mean when the forecast has no interval', () => {
    // Prepare: mean 100 + 0.2 i reaches 170 G at i = 350 (12-17).
    const forecast = { ...BASE_INPUT.forecast, lower: {}, upper: {} };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess
    expect([e.criticalDateUpper, e.criticalDate]).toEqual([
      '2026-12-17',
      '2026-12-17',
    ]);
  });

  it('picks the forecast level closest to the decision level', () => {
    // Prepare: 95 % bound +40 G, 80 % bound +20 G.
    const base = BASE_INPUT.forecast;
    const forecast = {
      ...base,
      upper: { 95: base.mean.map((v) => v + 40 * G), 80: base.upper[80]! },
      lower: { 95: base.mean, 80: base.lower[80]! },
    };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess: the 80 % bound gives 09-08 as before.
    expect(e.criticalDateUpper).toBe('2026-09-08');
  });
});
