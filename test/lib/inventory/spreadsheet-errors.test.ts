import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseAugments, parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

/** links.csv of two links, the second with `field` set to `value`. */
function links(field: string, value: string): string {
  const names = `${HEADER},notes`.split(',');
  const row = `${ROW.replace('l1', 'l2')},`.split(',');
  row[names.indexOf(field)] = value;
  return `${names.join(',')}\n${ROW},\n${row.join(',')}\n`;
}

const FAILED =
  "is a spreadsheet's error value, not a value: the formula that fills " +
  'this cell failed';
const FIX = 'fix the formula, or write the value itself';

describe("a spreadsheet's error values in the inventory", () => {
  it.each([
    ['owner', '#N/A', ' (#N/A: a lookup found nothing)'],
    ['group', '#REF!', ' (#REF!: a reference to cells since deleted)'],
    ['isp', '#VALUE!', ' (#VALUE!: a value of the wrong type in the formula)'],
    [
      'region',
      '#NAME?',
      ' (#NAME?: a function or name the spreadsheet does not know)',
    ],
    ['owner', 'Err:502', " (Err:502: LibreOffice's error 502)"],
    ['site', '#SPILL!', ''],
    ['capacity_bps', '#DIV/0!', ' (#DIV/0!: a division by zero)'],
    ['owner', '#n/a', ' (#n/a: a lookup found nothing)'],
  ])(
    'refuses %s %s, which was read as a name of its own',
    (field, value, cause) => {
      // Act: an owner '#N/A' got the group's alerts, a group '#REF!' was
      // a group of its own, without a word
      const act = () =>
        parseLinks(links(field, value), 'inv/links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `inv/links.csv, line 3: field '${field}' ${FAILED}${cause}; ${FIX} ` +
          `(got ${JSON.stringify(value)})`,
      );
    },
  );

  it('refuses an augment whose group is #N/A, naming the formula, not an unknown group', () => {
    // Prepare
    const text =
      'group,in_service_date,added_bps,reference\n' +
      'Acme/LHR1/pni,2027-01-15,100e9,CHG-1\n' +
      '#N/A,2027-02-15,100e9,CHG-2\n';

    // Act
    const act = () =>
      parseAugments(text, 'augments.csv', new Set(['Acme/LHR1/pni']));

    // Assess
    expect(act).toThrow(
      `augments.csv, line 3: field 'group' ${FAILED} (#N/A: a lookup ` +
        `found nothing); ${FIX} (got "#N/A")`,
    );
  });

  it('reads names that merely start with # or look like an error, and ignores error values in columns it does not read', () => {
    // Prepare: a column Headroom does not read, 'notes', holds #N/A
    const text =
      `${HEADER},notes\n${ROW},#N/A\n` +
      'l2,#1 Telecom,64500,LHR1,EMEA,pni,100e9,,,,Err:5021,#REF!\n';

    // Act
    const parsed = parseLinks(text, 'l.csv', DEFAULT_CONFIG);

    // Assess
    expect(parsed.map((link) => [link.isp, link.owner])).toEqual([
      ['Acme', 'capacity-planning'],
      ['#1 Telecom', 'Err:5021'],
    ]);
  });
});
