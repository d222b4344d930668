import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

const OPTIONS = { horizon: 90, levels: [80, 95] };

function maxRelativeMove(a: readonly number[], b: readonly number[]) {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

describe('robustness of the engine', () => {
  const clean = trafficSeries(730, 11, { growth: 0.3, noise: 0.02 });
  const reference = forecastSeries(clean, OPTIONS).mean;

  it.each([
    ['in the middle', 400],
    ['at the end', 723],
  ])('is moved < 3 %% by a week of zeros %s', (_where, start) => {
    // Prepare
    const values = clean.map((v, i) => (i >= start && i < start + 7 ? 0 : v));

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    expect(maxRelativeMove(f.mean, reference)).toBeLessThan(0.03);
    expect(f.cleaned.filter((c) => c.kind === 'dip').length).toBeGreaterThan(6);
  });

  it.each([
    ['in the middle', 500],
    ['on the last day', 729],
  ])('is moved < 3 %% by a 10× spike %s', (_where, at) => {
    // Prepare
    const values = clean.map((v, i) => (i === at ? 10 * v : v));

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    expect(maxRelativeMove(f.mean, reference)).toBeLessThan(0.03);
    expect(f.cleaned).toContainEqual(
      expect.objectContaining({ index: at, kind: 'spike' }),
    );
  });

  it('follows a level shift within two weeks, as a step', () => {
    // Prepare: within 27 days of the end a change of level is a step
    // (README "The forecast engine"), not yet a cleaned level shift
    const values = clean.map((v, i) => (i >= 716 ? 2 * v : v));
    const shifted = reference.map((v) => 2 * v);

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    expect(maxRelativeMove(f.mean.slice(0, 30), shifted)).toBeLessThan(0.05);
    expect(f.step).toMatchObject({ index: 716, days: 14, followed: true });
  });

  it('moves the history before an older level shift to the new level', () => {
    // Prepare
    const values = clean.map((v, i) => (i >= 690 ? 2 * v : v));
    const shifted = reference.map((v) => 2 * v);

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    expect(maxRelativeMove(f.mean.slice(0, 30), shifted)).toBeLessThan(0.05);
    expect(f.step).toBeUndefined();
    expect(f.cleaned).toContainEqual(
      expect.objectContaining({ kind: 'level-shift' }),
    );
  });
});
