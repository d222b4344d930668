import { describe, expect, it } from 'vitest';
import { tsOffDayProblem } from '#lib/adapters/local/ts-off-day';

const at = (iso: string) => Date.parse(iso);

describe('tsOffDayProblem', () => {
  it.each([
    [
      'a folder cut by a local day (hours of the day before)',
      { first: at('2026-01-02T19:00:00Z'), last: at('2026-01-03T18:55:00Z') },
      '',
    ],
    [
      'a zero timestamp among good rows',
      { first: 0, last: at('2026-01-03T23:55:00Z') },
      "ts reads as 1970-01-01 to 2026-01-03, some far off its dt= day: a collector's clock or unit wrong for some rows?",
    ],
    [
      'epoch seconds written as microseconds',
      { first: 1_767_398_700 / 1e3, last: 1_767_399_000 / 1e3 },
      'ts reads as 1970-01-01, not on its dt= day: epoch seconds written as microseconds?',
    ],
    [
      'the day before, whole',
      { first: at('2026-01-02T00:00:00Z'), last: at('2026-01-02T23:55:00Z') },
      'ts reads as 2026-01-02, not on its dt= day: dt= written for another day? write it as the UTC day of ts',
    ],
  ])('judges %s', (_, span, expected) => {
    // Prepare: a file of the folder dt=2026-01-03
    // Act
    const problem = tsOffDayProblem('2026-01-03', span);
    // Assess
    expect(problem).toBe(expected);
  });
});
