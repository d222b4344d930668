import { describe, expect, it } from 'vitest';
import { dayRuns } from '#lib/domain/dates';

describe('dayRuns', () => {
  it('writes consecutive days as one range, across a month and a year', () => {
    // Prepare
    const days = ['2025-12-31', '2026-01-01', '2025-12-30', '2026-03-01'];

    // Act
    const text = dayRuns(days);

    // Assess
    expect(text).toBe('4 days: 2025-12-30 to 2026-01-01, 2026-03-01');
  });

  it('counts the runs past the limit instead of listing them', () => {
    // Prepare: every other day of January, eleven runs of one day
    const days = Array.from(
      { length: 11 },
      (_, i) => `2026-01-${String(2 * i + 1).padStart(2, '0')}`,
    );

    // Act
    const text = dayRuns(days, 3);

    // Assess
    expect(text).toBe(
      '11 days: 2026-01-01, 2026-01-03, 2026-01-05, and 8 more runs',
    );
  });

  it('names a single day in the singular', () => {
    expect(dayRuns(['2026-01-01', '2026-01-01'])).toBe('1 day: 2026-01-01');
  });
});
