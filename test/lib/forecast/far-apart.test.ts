import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { trafficSeries } from '../../fixtures/forecast/series.ts';
import { relativeGap } from './theta-fixture.ts';

const OPTIONS = { horizon: 90, levels: [80, 95] };

describe('values far apart from the rest of their series', () => {
  it.each([
    ['one value of 1e200 among ordinary ones', 1, 1e200, 'spike'],
    ['one ordinary value among values of 1e-200', 1e-200, 1, 'spike'],
    ['one value of -1e200 among ordinary ones', 1, -1e200, 'dip'],
  ])(
    'forecasts a series with %s as one without it, set aside as a cleaned point',
    (_label, scale, odd, kind) => {
      // Prepare: no one scale fits both (the intervals were zero wide,
      // then the series was refused, and with it the command's every one)
      const ordinary = trafficSeries(60, 3).map((v) => v * scale);
      const values = ordinary.map((v, i) => (i === 30 ? odd : v));
      const without = ordinary.map((v, i) => (i === 30 ? Number.NaN : v));

      // Act
      const f = forecastSeries(values, OPTIONS);

      // Assess: the forecast of the series without it, within 2 %
      expect(f.cleaned).toContainEqual({
        index: 30,
        kind,
        original: odd,
        replacement: ordinary[29],
      });
      expect(f.warnings.filter((w) => w.includes('out of the fit'))).toEqual([
        `a value (day 31 of the series, y=${odd}) left out of the fit: too ` +
          "far from most of the series' values for one scale to fit both (a " +
          'glitch, or a unit slip?)',
      ]);
      const clean = forecastSeries(without, OPTIONS);
      expect(relativeGap(f.mean, clean.mean)).toBeLessThan(0.02);
      expect(f.upper[95]![0]! - f.lower[95]![0]!).toBeGreaterThan(
        0.01 * Math.abs(f.mean[0]!),
      );
    },
  );

  it('names the first three of several far-apart values, and counts the rest', () => {
    // Prepare: four glitches of 1e200 among values about 100
    const glitches = [10, 20, 30, 40];
    const values = trafficSeries(60, 3).map((v, i) =>
      glitches.includes(i) ? 1e200 : v,
    );

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    expect(f.cleaned.filter((c) => c.original === 1e200).length).toBe(4);
    expect(f.warnings.filter((w) => w.includes('out of the fit'))).toEqual([
      '4 values (day 11 of the series, y=1e+200; day 21 of the series, ' +
        'y=1e+200; day 31 of the series, y=1e+200; 1 more) left out of the ' +
        "fit: too far from most of the series' values for one scale to fit " +
        'both (a glitch, or a unit slip?)',
    ]);
  });
});
