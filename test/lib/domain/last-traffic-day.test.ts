import { describe, expect, it } from 'vitest';
import { lastTrafficDay } from '#lib/domain/last-traffic-day';

/**
 * The sample's lake, ending 2026-12-05, with two days with no traffic
 * earlier in the year.
 */
const QUALITY = {
  firstTrafficDay: '2025-10-02',
  missingDays: ['2026-03-01', '2026-08-07'],
};

describe('lastTrafficDay', () => {
  it('gives the day before the run of days with no traffic that ends the day before the run', () => {
    // Prepare: no traffic from 2026-12-06 to 2026-12-12
    const stale = {
      ...QUALITY,
      missingDays: [
        ...QUALITY.missingDays,
        ...[6, 7, 8, 9, 10, 11, 12].map(
          (d) => `2026-12-${`${d}`.padStart(2, '0')}`,
        ),
      ],
    };

    // Act
    const last = lastTrafficDay(stale, '2026-12-13');

    // Assess
    expect(last).toBe('2026-12-05');
  });

  it('gives nothing when traffic reaches the day before the run, however many days in the middle had none', () => {
    // Act / Assess
    expect(lastTrafficDay(QUALITY, '2026-12-06')).toBeUndefined();
    expect(lastTrafficDay(undefined, '2026-12-06')).toBeUndefined();
  });

  it('gives nothing when the days with no traffic reach back before the checks began', () => {
    // Prepare: the lake's traffic starts 2026-12-10 and never came
    const none = {
      firstTrafficDay: '2026-12-10',
      missingDays: ['2026-12-10', '2026-12-11', '2026-12-12'],
    };

    // Act / Assess
    expect(lastTrafficDay(none, '2026-12-13')).toBeUndefined();
  });
});
