import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseAugments, parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

/** links.csv with one link whose `field` holds `cell`, as written. */
function links(field: string, cell: string): string {
  const names = `${HEADER},warning`.split(',');
  const row = 'l1,Acme,64500,LHR1,EMEA,pni,100e9,,,,,'.split(',');
  row[names.indexOf(field)] = cell;
  return `${names.join(',')}\n${row.join(',')}\n`;
}

const POSITIVE = 'must be a positive number';
const RATIO = 'must be a ratio between 0 and 1';

describe('numbers as a spreadsheet displays them', () => {
  it.each([
    [
      'capacity_bps',
      '"100,000,000,000"',
      `${POSITIVE}: write 100000000000, without separators`,
    ],
    [
      'capacity_bps',
      '"100,000,000,000.00"',
      `${POSITIVE}: write 100000000000, without separators`,
    ],
    // Typed with a Japanese or Chinese input method: it said only "must
    // be a positive number", the value looking like digits
    [
      'capacity_bps',
      '１０００００００００００',
      `${POSITIVE}: write 100000000000, in ASCII digits (it has fullwidth ones)`,
    ],
    [
      'capacity_bps',
      '100.000.000.000',
      `${POSITIVE}: write 100000000000, without separators`,
    ],
    [
      'capacity_bps',
      '100 000 000 000',
      `${POSITIVE}: write 100000000000, without separators`,
    ],
    [
      'port_bps',
      '"1,5E+11"',
      `${POSITIVE}: write 150000000000, with a decimal point`,
    ],
    [
      'capacity_bps',
      '"$100,000,000,000.00"',
      `${POSITIVE}: write 100000000000, without separators, without a currency sign`,
    ],
    [
      'capacity_bps',
      "'100000000000",
      `${POSITIVE}: write 100000000000, without the leading '`,
    ],
    ['warning', '70%', `${RATIO}: write 0.7 for 70%`],
    ['warning', '"0,7"', `${RATIO}: write 0.7, with a decimal point`],
    [
      'asn',
      '"4,200,000,001"',
      'must be a whole number from 0 to 4294967295: write 4200000001, without separators',
    ],
    [
      'lead_time_days',
      '"1,500"',
      'must be a whole number from 0 to 1000: write 1500 or 1.5: the comma may separate thousands or decimals',
    ],
  ])(
    'refuses %s written %s, naming the plain number to write',
    (field, cell, problem) => {
      // Act: it said only "must be a positive number" (or a ratio, or a
      // whole number), with no hint of what to write
      const act = () =>
        parseLinks(links(field, cell), 'inv/links.csv', DEFAULT_CONFIG);

      // Assess
      const value = cell.replace(/^"|"$/g, '');
      expect(act).toThrow(
        `inv/links.csv, line 2: field '${field}' ${problem} (got ${JSON.stringify(value)})`,
      );
    },
  );

  it('refuses an added_bps with thousands separators, naming the number to write', () => {
    // Prepare
    const text =
      'group,in_service_date,added_bps,reference\n' +
      'A/LHR1/pni,2027-01-15,"200,000,000,000",CHG-1\n';

    // Act
    const act = () =>
      parseAugments(text, 'augments.csv', new Set(['A/LHR1/pni']));

    // Assess
    expect(act).toThrow(
      `augments.csv, line 2: field 'added_bps' ${POSITIVE}: write 200000000000, ` +
        'without separators (got "200,000,000,000")',
    );
  });

  it('names no number for text that holds none', () => {
    // Act / Assess
    expect(() =>
      parseLinks(links('capacity_bps', 'TRUE'), 'l.csv', DEFAULT_CONFIG),
    ).toThrow(`l.csv, line 2: field 'capacity_bps' ${POSITIVE} (got "TRUE")`);
  });
});
