import { describe, expect, it } from 'vitest';
import { inputDayProblem } from '#lib/domain/dates';
import { parseAugments } from '#lib/inventory/index';

const MUST = 'must be a date YYYY-MM-DD';
const EITHER = ', month first or day first: write';

describe('dates as a spreadsheet writes them', () => {
  it.each([
    [
      '12/01/2026',
      `${EITHER} 2026-12-01 for 1 December, 2026-01-12 for 12 January`,
    ],
    [
      '01/12/2026',
      `${EITHER} 2026-01-12 for 12 January, 2026-12-01 for 1 December`,
    ],
    [
      '12/1/26',
      `${EITHER} 2026-12-01 for 1 December, 2026-01-12 for 12 January`,
    ],
    ['13/01/2027', ': write 2027-01-13'],
    ['12/13/2026', ': write 2026-12-13'],
    ['12/12/2026', ': write 2026-12-12'],
    [
      '12-01-2026 0:00',
      `${EITHER} 2026-12-01 for 1 December, 2026-01-12 for 12 January`,
    ],
    [
      '24-01-01',
      ', year first or last: write 2024-01-01 with the year first, 2001-01-24 with it last',
    ],
    [
      '12-01-26',
      ', year first or last: write 2012-01-26 with the year first, 2026-12-01 or 2026-01-12 with it last',
    ],
    ['31-01-32', ': write 2032-01-31'],
    ['01.12.2026', ': write 2026-12-01'],
    ['1.12.26', ': write 2026-12-01'],
    ['2026-12-01 00:00:00', ': write 2026-12-01'],
    ['2026-12-01T00:00:00Z', ': write 2026-12-01'],
    ['2026/12/01', ': write 2026-12-01'],
    ['2026.12.01', ': write 2026-12-01'],
    ['2026-12-1', ': write 2026-12-01'],
    // ISO 8601's basic format, as `date +%Y%m%d` writes it
    ['20261201', ': write 2026-12-01'],
    ['1-Dec-2026', ': write 2026-12-01'],
    ['01-Dec-26', ': write 2026-12-01'],
    ['1 December 2026', ': write 2026-12-01'],
    ['Dec 1, 2026', ': write 2026-12-01'],
    ['Sept 1, 2026', ': write 2026-09-01'],
    [
      '46357',
      ": 46357 is a spreadsheet's day number, 2026-12-01 (days since 1899-12-30); write 2026-12-01",
    ],
    ['2026-02-30', ': February 2026 has days 01 to 28'],
    ['2028-02-30', ': February 2028 has days 01 to 29'],
    ['2026-04-31', ': April 2026 has days 01 to 30'],
    ['2026-13-01', ': there is no month 13 (01 to 12)'],
  ])(
    'refuses %s, naming the day to write or what the month holds',
    (text, hint) => {
      // Act / Assess: it said "must be a date YYYY-MM-DD" alone
      expect(inputDayProblem(text)).toBe(`${MUST}${hint}`);
    },
  );

  it.each([
    ['31/02/2026', 'no such day either way'],
    ['12345', 'a day number before 1970'],
    ['soon', 'no date'],
    ['Decx 1, 2026', 'no month'],
    ['0026/12/01', 'a year Date.UTC would read as 1926'],
  ])('refuses %s with no day to write (%s)', (text) => {
    // Act / Assess
    expect(inputDayProblem(text)).toBe(MUST);
  });

  it('names file, line, field, value and both days for an augment dated 12/01/2026', () => {
    // Prepare: Excel with US settings wrote 1 December so
    const text =
      'group,in_service_date,added_bps,reference\n' +
      'Acme/LHR1/pni,12/01/2026,100e9,CHG-1\n';

    // Act
    const act = () =>
      parseAugments(text, 'inv/augments.csv', new Set(['Acme/LHR1/pni']));

    // Assess
    expect(act).toThrow(
      `inv/augments.csv, line 2: field 'in_service_date' ${MUST}${EITHER} ` +
        '2026-12-01 for 1 December, 2026-01-12 for 12 January (got "12/01/2026")',
    );
  });
});
