import { describe, expect, it } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { UsageError } from '#lib/errors';
import { planAsOfDates } from '#lib/pipeline/backtest-dates';
import { BACKTEST_EVENT_NAMES } from '#lib/pipeline/plan-backtest-batches';

const SPAN = { firstDay: '2025-10-01', lastDay: '2026-12-01' };
const RANGE = { from: '2026-03-01', to: '2026-05-01', everyDays: 30 };
/** As `headroom backtest` words the range, every part given. */
const FLAGS = { names: BACKTEST_FLAGS, defaults: {} };

describe('planAsOfDates', () => {
  it('lists the as-of dates from --from every --every days up to --to', () => {
    // Act
    const dates = planAsOfDates(RANGE, SPAN, FLAGS);

    // Assess
    expect(dates).toEqual(['2026-03-01', '2026-03-31', '2026-04-30']);
  });

  it('accepts one date when --from equals --to', () => {
    // Act
    const dates = planAsOfDates({ ...RANGE, to: RANGE.from }, SPAN, FLAGS);

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
      '--to must be a date YYYY-MM-DD: February 2026 has days 01 to 28 (got "2026-02-30")',
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
    const plan = () => planAsOfDates(range, SPAN, FLAGS);

    // Assess
    expect(plan).toThrow(UsageError);
    expect(plan).toThrow(message);
  });

  it.each([
    [
      'a to after the data, without the command line',
      { to: '2027-01-01' },
      {},
      'to 2027-01-01 is outside the data: series_daily runs from ' +
        '2025-10-01 to 2026-12-01, so to must be 2026-12-01 or earlier ' +
        "(roll up newer traffic with the daily run's rollup first)",
    ],
    [
      'a from after a to filled in by default',
      { from: '2026-12-01', to: '2026-11-01' },
      { to: "the data's last day" },
      "from 2026-12-01 is after to 2026-11-01 (the default: the data's " +
        'last day)',
    ],
    [
      'a to before the history, not the from filled in from it',
      { from: '2025-10-02', to: '2025-10-02' },
      { from: '270 days before to' },
      'to 2025-10-02 is outside the data: series_daily runs from ' +
        '2025-10-01 to 2026-12-01, and an as-of date needs 28 days of ' +
        'history before it, so to must be 2025-10-29 or later',
    ],
  ])('names the event fields for %s', (_, change, defaults, message) => {
    // Prepare
    const wording = { names: BACKTEST_EVENT_NAMES, defaults };

    // Act
    const plan = () => planAsOfDates({ ...RANGE, ...change }, SPAN, wording);

    // Assess
    expect(plan).toThrow(message);
    expect(plan).not.toThrow(/--|headroom run/);
  });
});
