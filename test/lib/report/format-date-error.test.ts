import { describe, expect, it } from 'vitest';
import { formatDateError } from '#lib/report/format-date-error';

describe('formatDateError', () => {
  it.each([
    [
      { medianAbsDays: 7, medianSignedDays: 7, count: 29 },
      '7 days (signed +7, 29 crossings)',
    ],
    [
      { medianAbsDays: 1, medianSignedDays: -1, count: 1 },
      '1 day (signed −1, 1 crossing)',
    ],
    [
      { medianAbsDays: 0, medianSignedDays: 0, count: 2 },
      '0 days (signed 0, 2 crossings)',
    ],
    [{ medianAbsDays: null, medianSignedDays: null, count: 0 }, undefined],
  ])('words %j as %j', (errors, words) => {
    // Act / Assess
    expect(formatDateError(errors)).toBe(words);
  });
});
