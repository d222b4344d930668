import { describe, expect, it } from 'vitest';
import { blendPath, medianPath, shrinkWeight } from '#lib/forecast/combine';
import { conformalQuantile } from '#lib/forecast/conformal';
import { DEFAULT_SETTING, SETTING_GRID } from '#lib/forecast/index';
import { noiseScale } from '#lib/forecast/noise-scale';
import { widenAt } from '#lib/forecast/settings';

describe('robust combinations', () => {
  it('takes the median per step, the mean of the middle two when even', () => {
    // Act
    const odd = medianPath([
      [1, 2],
      [3, 4],
      [10, 0],
    ]);
    const even = medianPath([[1], [2], [4], [100]]);

    // Assess
    expect(odd).toEqual([3, 2]);
    expect(even).toEqual([3]);
  });

  it('shrinks toward the combination unless the gain clears the margin', () => {
    // Act
    const weights = [0.9, 0.75, 0.7, 0.5, Number.NaN].map((best) =>
      shrinkWeight(best, 1, 0.25),
    );

    // Assess
    [0, 0, 0.2, 1, 0].forEach((x, i) => {
      expect(weights[i]).toBeCloseTo(x, 12);
    });
    expect(blendPath([2], [4], 0.25)).toEqual([3.5]);
  });
});

describe('conformal quantile', () => {
  it('takes the ceil((n + 1) p)-th smallest score', () => {
    // Prepare
    const scores = Array.from({ length: 10 }, (_, i) => i + 1);

    // Act
    const q = [0.5, 0.8, 0.95].map((p) => conformalQuantile(scores, p));

    // Assess
    expect(q).toEqual([6, 9, 10]);
  });

  it('measures noise from seasonal differences, not the weekly pattern', () => {
    // Prepare
    const pattern = Array.from({ length: 70 }, (_, t) => [1, 5, 9][t % 7] ?? 3);

    // Act
    const s = noiseScale(pattern, 70, 7);

    // Assess
    expect(s).toBe(0);
  });
});

describe('engine settings', () => {
  it('interpolates the widening between 80 and 95 %', () => {
    // Arrange
    const setting = { ...DEFAULT_SETTING, widen: { 80: 1.3, 95: 1.6 } };

    // Act
    const w = [50, 80, 87.5, 95, 99].map((l) => widenAt(setting.widen, l));

    // Assess
    [1.3, 1.3, 1.45, 1.6, 1.6].forEach((x, i) => {
      expect(w[i]).toBeCloseTo(x, 12);
    });
  });

  it('lists distinct settings, the default among them', () => {
    // Act
    const ids = SETTING_GRID.map((s) => s.id);

    // Assess
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(DEFAULT_SETTING.id);
  });
});
