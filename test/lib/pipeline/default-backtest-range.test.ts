import { describe, expect, it } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { planAsOfDates } from '#lib/pipeline/backtest-dates';
import { defaultBacktestRange } from '#lib/pipeline/default-backtest-range';

const TWO_YEARS = { firstDay: '2024-11-26', lastDay: '2026-11-25' };

describe('defaultBacktestRange', () => {
  it('takes the last 9 months of the data every 30 days: 10 dates ending on its last day', () => {
    // Act
    const { range, wording } = defaultBacktestRange(
      {},
      TWO_YEARS,
      BACKTEST_FLAGS,
    );

    // Assess
    expect(range).toEqual({
      from: '2026-02-28',
      to: '2026-11-25',
      everyDays: 30,
    });
    const dates = planAsOfDates(range, TWO_YEARS, wording);
    expect(dates).toHaveLength(10);
    expect(dates.at(-1)).toBe('2026-11-25');
  });

  it('starts at the first day with 28 days of history on a shorter lake', () => {
    // Prepare
    const span = { firstDay: '2026-06-01', lastDay: '2026-11-25' };

    // Act
    const { range, wording } = defaultBacktestRange({}, span, BACKTEST_FLAGS);

    // Assess
    expect(range.from).toBe('2026-06-29');
    expect(planAsOfDates(range, span, wording)[0]).toBe('2026-06-29');
  });

  it('keeps the given parts and counts back from a given --to', () => {
    // Act
    const { range, wording } = defaultBacktestRange(
      { to: '2026-09-01', everyDays: 14 },
      TWO_YEARS,
      BACKTEST_FLAGS,
    );

    // Assess
    expect(range).toEqual({
      from: '2025-12-05',
      to: '2026-09-01',
      everyDays: 14,
    });
    expect(wording.defaults).toEqual({
      from: '270 days before --to, or the first day with 28 days of history',
    });
  });

  it('leaves a lake too short for any date to the data check, which names the default and the day needed', () => {
    // Prepare
    const span = { firstDay: '2026-11-10', lastDay: '2026-11-25' };

    // Act
    const { range, wording } = defaultBacktestRange({}, span, BACKTEST_FLAGS);
    const act = () => planAsOfDates(range, span, wording);

    // Assess
    expect(range.from).toBe('2026-11-25');
    expect(act).toThrow(
      "--to 2026-11-25 (the default: the data's last day) is outside the " +
        'data: series_daily runs from 2026-11-10 to 2026-11-25, and an ' +
        'as-of date needs 28 days of history before it, so --to must be ' +
        '2026-12-08 or later',
    );
  });
});
