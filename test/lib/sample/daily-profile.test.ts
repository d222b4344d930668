import { describe, expect, it } from 'vitest';
import { dailyProfile, SLOTS_PER_DAY } from '#lib/sample/daily-profile';

describe('dailyProfile', () => {
  it('has a 95th percentile of 1 and peaks at 21:00 local time', () => {
    // Prepare / Act
    const profile = dailyProfile(true, 1);
    const sorted = [...profile].sort((a, b) => a - b);
    const peakSlot = profile.indexOf(Math.max(...profile));
    // Assess
    expect(profile).toHaveLength(SLOTS_PER_DAY);
    expect(sorted[Math.ceil(0.95 * SLOTS_PER_DAY) - 1]).toBeCloseTo(1, 10);
    expect(peakSlot / 12).toBeCloseTo(20, 0); // 20:00 UTC = 21:00 at UTC+1
    expect(Math.min(...profile)).toBeLessThan(0.3);
  });

  it('moves the peak with the site offset', () => {
    // Prepare / Act
    const dubai = dailyProfile(true, 4);
    const london = dailyProfile(true, 0);
    const peak = (p: Float64Array) => p.indexOf(Math.max(...p)) / 12;
    // Assess
    expect(peak(london) - peak(dubai)).toBeCloseTo(4, 0);
  });
});
