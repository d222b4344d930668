import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';

/** A residential week: Sunday's peak, then the week's lows. */
const WEEK = [1.1, 0.92, 0.95, 0.97, 0.98, 1, 1.05];
const NOISE = [0, 0.01, -0.01, 0.005, -0.005];
const series = (days: number) =>
  Array.from(
    { length: days },
    (_, t) => 100 * (1 + t / 365) * WEEK[t % 7]! * (1 + NOISE[t % 5]!),
  );

describe('a missing day', () => {
  it('is filled with what its weekday carries, not a line between its neighbours', () => {
    // Prepare: 60 days; a Monday (after Sunday's peak) missing
    const whole = series(60);
    const y = whole.map((v, t) => (t === 50 ? Number.NaN : v));

    // Act
    const f = forecastSeries(y, { horizon: 30, levels: [80] });

    // Assess: within 2 % of the day it was; the line from Sunday's peak to
    // Tuesday read 116.8 for a Monday of 104.6, 12 % high
    const filled = f.cleaned.find((c) => c.kind === 'missing')!;
    expect(filled.index).toBe(50);
    expect(Math.abs(filled.replacement / whole[50]! - 1)).toBeLessThan(0.02);
  });

  it('keeps the straight line in a series too short for weekly factors', () => {
    // Prepare: 12 days, day 5 missing
    const y = series(12).map((v, t) => (t === 5 ? Number.NaN : v));

    // Act
    const f = forecastSeries(y, { horizon: 7, levels: [80] });

    // Assess: halfway between its neighbours
    const filled = f.cleaned.find((c) => c.kind === 'missing')!;
    expect(filled.replacement).toBeCloseTo((y[4]! + y[6]!) / 2, 6);
  });
});
