import { describe, expect, it } from 'vitest';
import { UsageError } from '#lib/errors';
import { planAsOfDates } from '#lib/pipeline/backtest-dates';

const SPAN = { firstDay: '2025-10-01', lastDay: '2026-12-01' };
const RANGE = { from: '2026-03-01', to: '2026-05-01', everyDays: 30 };

describe('planAsOfDates', () => {
  it('lists the as-of dates from --from every --every days up to --to', () => {
    // Act
    const dates = planAsOfDates(RANGE, SPAN);

    // Assess
    expect(dates).toEqual(['2026-03-01', '2026-03-31', '2026-04-30']);
  });

  it('accepts one date when --from equals --to', () => {
    // Act
    const dates = planAsOfDates({ ...RANGE, to: RANGE.from }, SPAN);

    // Assess
    expect(dates).toEqual(['2026-03-01']);
  });

  it.each([
    [
      'dates out of order',
      { from: '2026-05-01', to: '2026-03-01' },
      '--from 2026-05-01 is after --to 2026-03-01',
    ],
    [
      '--every 0',
      { everyDays: 0 },
      '--every must be a whole number of days, 1 or more (got "0")',
    ],
    [
      'a negative --every',
      { everyDays: -7 },
      '--every must be a whole number of days, 1 or more (got "-7")',
    ],
    [
      'a fractional --every',
      { everyDays: 1.5 },
      '--every must be a whole number of days, 1 or more (got "1.5")',
    ],
    [
      'a day that does not exist',
      { to: '2026-02-30' },
      '--to must be a date YYYY-MM-DD (got "2026-02-30")',
    ],
    [
      'a year 0000, whose history would start before year 0',
      { from: '0000-03-01' },
      '--from is out of range: dates run from 1970-01-01 to 9899-12-31 (got "0000-03-01")',
    ],
    [
      '--from before the data (with its history)',
      { from: '2025-10-15' },
      '--from 2025-10-15 is outside the data: series_daily runs from ' +
        '2025-10-01 to 2026-12-01, and an as-of date needs 28 days of ' +
        'history before it, so --from must be 2025-10-29 or later',
    ],
    [
      '--to after the data',
      { to: '2027-01-01' },
      '--to 2027-01-01 is outside the data: series_daily runs from ' +
        "2025-10-01 to 2026-12-01, so --to must be 2026-12-01 or earlier (roll up newer traffic with 'headroom run' first)",
    ],
  ])('rejects %s with a clear message', (_, change, message) => {
    // Prepare
    const range = { ...RANGE, ...change };

    // Act
    const plan = () => planAsOfDates(range, SPAN);

    // Assess
    expect(plan).toThrow(UsageError);
    expect(plan).toThrow(message);
  });
});
