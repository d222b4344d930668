import { describe, expect, it } from 'vitest';
import {
  eventFactor,
  trendFactor,
  weeklyFactor,
  yearlyFactor,
} from '#lib/sample/demand-model';
import type { DemandParams } from '#lib/sample/plan-types';

const STEADY: DemandParams = {
  outcome: 'fine',
  endUtilization: 0.5,
  growthBefore: 0.8,
  growthAfter: 0.8,
  changeDay: 0,
  inRatio: 0.1,
};

describe('trendFactor', () => {
  it('is 1 on the last day and 1/(1+g) a year before', () => {
    // Prepare / Act / Assess
    expect(trendFactor(STEADY, 429, 429)).toBe(1);
    expect(trendFactor(STEADY, 429 - 365, 429)).toBeCloseTo(1 / 1.8, 10);
  });

  it('changes pace on the change day', () => {
    // Prepare
    const takeoff = { ...STEADY, growthBefore: 0, changeDay: 229 };
    // Act
    const atChange = trendFactor(takeoff, 229, 429);
    const before = trendFactor(takeoff, 29, 429);
    // Assess
    expect(before).toBeCloseTo(atChange, 10);
    expect(atChange).toBeCloseTo(1.8 ** (-200 / 365), 10);
  });
});

describe('seasonal factors', () => {
  it('dips in summer and peaks in December', () => {
    // Prepare / Act / Assess
    expect(yearlyFactor(213)).toBeCloseTo(0.92, 2);
    expect(yearlyFactor(350)).toBeGreaterThan(1.05);
    expect(yearlyFactor(100)).toBeCloseTo(1, 2);
  });

  it('makes weekends busier for eyeball networks only', () => {
    // Prepare / Act / Assess
    expect(weeklyFactor(true, 0)).toBeGreaterThan(weeklyFactor(true, 3));
    expect(weeklyFactor(false, 0)).toBeLessThan(weeklyFactor(false, 3));
  });

  it('lifts the evening of the final far above normal', () => {
    // Prepare / Act / Assess
    expect(eventFactor(true, 21)).toBeCloseTo(1.6, 5);
    expect(eventFactor(true, 10)).toBeCloseTo(1, 5);
  });
});
