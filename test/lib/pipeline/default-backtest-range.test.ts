import { describe, expect, it } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { planAsOfDates } from '#lib/pipeline/backtest-dates';
import { defaultBacktestRange } from '#lib/pipeline/default-backtest-range';

const TWO_YEARS = { firstDay: '2024-11-26', lastDay: '2026-11-25' };
/** A lead time of 90 days (a PNI's default) and the 30-day window. */
const JUDGED = { leadTimeDays: 90, windowDays: 30 };

describe('defaultBacktestRange', () => {
  it('ends at the last date judged in full, 90 + 30 + 6 days before the data ends, with 10 dates every 30 days before it', () => {
    // Act
    const { range, wording } = defaultBacktestRange(
      {},
      TWO_YEARS,
      JUDGED,
      BACKTEST_FLAGS,
    );

    // Assess
    expect(range).toEqual({
      from: '2025-10-25',
      to: '2026-07-22',
      everyDays: 30,
    });
    const dates = planAsOfDates(range, TWO_YEARS, wording);
    expect(dates).toHaveLength(10);
    expect(dates.at(-1)).toBe('2026-07-22');
  });

  it('ends earlier for a longer lead time', () => {
    // Act
    const { range } = defaultBacktestRange(
      {},
      TWO_YEARS,
      { ...JUDGED, leadTimeDays: 120 },
      BACKTEST_FLAGS,
    );

    // Assess
    expect(range.to).toBe('2026-06-22');
  });

  it('starts at the first day with 28 days of history on a shorter lake', () => {
    // Prepare
    const span = { firstDay: '2026-03-01', lastDay: '2026-11-25' };

    // Act
    const { range, wording } = defaultBacktestRange(
      {},
      span,
      JUDGED,
      BACKTEST_FLAGS,
    );

    // Assess: from the first day with history (2026-03-29) moved on to a
    // whole number of steps before --to, so that the last date is --to,
    // the newest decision judged in full (stepping on from 2026-03-29,
    // the dates ended on 2026-06-27)
    expect(range).toMatchObject({ from: '2026-04-23', to: '2026-07-22' });
    const dates = planAsOfDates(range, span, wording);
    expect(dates).toHaveLength(4);
    expect(dates.at(-1)).toBe('2026-07-22');
  });

  it('keeps the given parts and counts back from a given --to', () => {
    // Act
    const { range, wording } = defaultBacktestRange(
      { to: '2026-09-01', everyDays: 14 },
      TWO_YEARS,
      JUDGED,
      BACKTEST_FLAGS,
    );

    // Assess
    expect(range).toEqual({
      from: '2025-12-09',
      to: '2026-09-01',
      everyDays: 14,
    });
    expect(wording.defaults).toEqual({
      from: "270 days before --to, or the first day with 28 days of history on --to's steps",
    });
  });

  it('says how --to was chosen when a given --from is after it', () => {
    // Prepare
    const given = { from: '2026-09-01' };

    // Act
    const { range, wording } = defaultBacktestRange(
      given,
      TWO_YEARS,
      JUDGED,
      BACKTEST_FLAGS,
    );
    const act = () => planAsOfDates(range, TWO_YEARS, wording);

    // Assess
    expect(act).toThrow(
      '--from 2026-09-01 is after --to 2026-07-22 (the default: the last ' +
        "date judged in full, 126 days before the data's last day: the " +
        'longest lead time 90 + the warning window 30 + 6 days confirming ' +
        'a crossing)',
    );
  });

  it('leaves a lake too short for any date to the data check, which names the default and the day needed', () => {
    // Prepare
    const span = { firstDay: '2026-07-01', lastDay: '2026-11-25' };

    // Act
    const { range, wording } = defaultBacktestRange(
      {},
      span,
      JUDGED,
      BACKTEST_FLAGS,
    );
    const act = () => planAsOfDates(range, span, wording);

    // Assess
    expect(range.from).toBe('2026-07-22');
    expect(act).toThrow(
      '--to 2026-07-22 (the default: the last date judged in full, 126 ' +
        "days before the data's last day: the longest lead time 90 + the " +
        'warning window 30 + 6 days confirming a crossing) is outside the ' +
        'data: series_daily runs from 2026-07-01 to 2026-11-25, and an ' +
        'as-of date needs 28 days of history before it, so --to must be ' +
        '2026-07-29 or later',
    );
  });
});
