import { describe, expect, it } from 'vitest';
import {
  defaultBacktestRange,
  planAsOfDates,
} from '#lib/pipeline/backtest-dates';

const TWO_YEARS = { firstDay: '2024-11-26', lastDay: '2026-11-25' };

describe('defaultBacktestRange', () => {
  it('takes the last 9 months of the data every 30 days: 10 dates ending on its last day', () => {
    // Act
    const range = defaultBacktestRange({}, TWO_YEARS);

    // Assess
    expect(range).toEqual({
      from: '2026-02-28',
      to: '2026-11-25',
      everyDays: 30,
    });
    const dates = planAsOfDates(range, TWO_YEARS);
    expect(dates).toHaveLength(10);
    expect(dates.at(-1)).toBe('2026-11-25');
  });

  it('starts at the first day with 28 days of history on a shorter lake', () => {
    // Prepare
    const span = { firstDay: '2026-06-01', lastDay: '2026-11-25' };

    // Act
    const range = defaultBacktestRange({}, span);

    // Assess
    expect(range.from).toBe('2026-06-29');
    expect(planAsOfDates(range, span)[0]).toBe('2026-06-29');
  });

  it('keeps the given parts and counts back from a given --to', () => {
    // Act
    const range = defaultBacktestRange(
      { to: '2026-09-01', everyDays: 14 },
      TWO_YEARS,
    );

    // Assess
    expect(range).toEqual({
      from: '2025-12-05',
      to: '2026-09-01',
      everyDays: 14,
    });
  });

  it('leaves a lake too short for any date to the data check, which names the day needed', () => {
    // Prepare
    const span = { firstDay: '2026-11-10', lastDay: '2026-11-25' };

    // Act
    const range = defaultBacktestRange({}, span);
    const act = () => planAsOfDates(range, span);

    // Assess
    expect(range.from).toBe('2026-11-25');
    expect(act).toThrow(
      '--from 2026-11-25 is outside the data: series_daily runs from ' +
        '2026-11-10 to 2026-11-25, and an as-of date needs 28 days of ' +
        'history before it, so --from must be 2026-12-08 or later',
    );
  });
});
