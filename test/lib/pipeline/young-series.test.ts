import { describe, expect, it } from 'vitest';
import { evaluateBundle, GROUP } from '../../helpers/bundle-series.ts';

/** A link's daily peaks over its first `days` days, about `bps`, ±6 %. */
const young = (days: number, bps: number) =>
  Array.from({ length: days }, (_, t) => bps * [1, 0.94, 1.06][t % 3]!);

describe('a bundle with less than a week of traffic', () => {
  it('is not told to order at 65 % from 3 days of traffic', () => {
    // Prepare: two 100 G links at 65 G each, three days old (a new lake)
    const { evaluations } = evaluateBundle(young(3, 65e9), young(3, 65e9));

    // Act
    const group = evaluations.find((e) => e.key === GROUP)!;

    // Assess: before, its bound, widening with each 2-day "season" ahead,
    // crossed 85 % within the lead time: critical, OVERDUE
    expect(['ok', 'watch']).toContain(group.severity);
    expect(group.orderByDate).toBeUndefined();
  });

  it('is critical when its last days already reach the threshold', () => {
    // Prepare: two 100 G links at 90 G each, ten days old
    const { evaluations } = evaluateBundle(young(10, 90e9), young(10, 90e9));

    // Act
    const group = evaluations.find((e) => e.key === GROUP)!;

    // Assess: needed now, and an augment that brings it under 85 %
    expect(group.severity).toBe('critical');
    expect(group.recommendedAddBps).toBeGreaterThanOrEqual(100e9);
  });
});
