import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { parseAugments } from '#lib/inventory/index';

describe('parseAugments', () => {
  const groups = new Set(['Acme/LHR1/pni']);

  it.each([
    ['Nope/LHR1/pni,2027-01-15,1e9,x', "line 2: field 'group' names a group"],
    [
      'acme/LHR1/PNI,2027-01-15,1e9,x',
      "line 2: field 'group' names a group the inventory does not have; " +
        "links.csv has 'Acme/LHR1/pni': groups match exactly, so the " +
        'augment would count for none (got "acme/LHR1/PNI")',
    ],
    [
      'Acme/LHR1/pni,2027-02-30,1e9,x',
      "field 'in_service_date' must be a date",
    ],
    ['Acme/LHR1/pni,2027-02-03,-1,x', "field 'added_bps' must be a positive"],
    [
      'Acme/LHR1/pni,0000-01-01,1e9,x',
      `line 2: field 'in_service_date' is out of range: dates run from 1970-01-01 to 9899-12-31 (got "0000-01-01")`,
    ],
    [
      'Acme/LHR1/pni,9999-12-31,1e9,x',
      `line 2: field 'in_service_date' is out of range: dates run from 1970-01-01 to 9899-12-31 (got "9999-12-31")`,
    ],
    [
      'group,in_service_date,added_bps,reference',
      // It said the group 'group' is not in the inventory.
      'line 2: repeats the header (line 1): the rows of another file pasted in with their header? delete this line',
    ],
    [
      'Acme/LHR1/pni,2027-02-03,1e9,"=HYPERLINK(1)\rx"',
      "field 'reference' must not contain control characters",
    ],
    [
      `Acme/LHR1/pni,2027-02-03,1e9,${'r'.repeat(201)}`,
      "field 'reference' must be at most 200 characters long",
    ],
  ])('rejects %s', (row, message) => {
    // Prepare
    const text = `group,in_service_date,added_bps,reference\n${row}\n`;

    // Act / Assess
    expect(() => parseAugments(text, 'augments.csv', groups)).toThrow(message);
  });

  it.each([
    [
      'a reference repeated within a group',
      'Acme/LHR1/pni,2027-03-01,1e11,CHG-1',
      "augments.csv, line 3: field 'reference' duplicate reference in group 'Acme/LHR1/pni', first on line 2: an augment is listed once (got \"CHG-1\")",
    ],
    [
      'a row repeated whole without a reference',
      'Acme/LHR1/pni,2027-01-15,100000000000,',
      "augments.csv, line 4: field 'in_service_date' repeats line 3 (group 'Acme/LHR1/pni', 2027-01-15, 100000000000 bps, no reference): an augment is listed once (give two real ones their references) (got \"2027-01-15\")",
    ],
  ])(
    'rejects %s, naming both lines, rather than counting it twice',
    (_, row, message) => {
      // Prepare: CHG-1, then an augment without a reference, then the row
      const text = [
        'group,in_service_date,added_bps,reference',
        'Acme/LHR1/pni,2027-01-15,100e9,CHG-1',
        ...(row.endsWith(',') ? ['Acme/LHR1/pni,2027-01-15,100e9,'] : []),
        row,
      ].join('\n');

      // Act
      const act = () => parseAugments(text, 'augments.csv', groups);

      // Assess
      expect(act).toThrow(InputError);
      expect(act).toThrow(message);
    },
  );

  it.each([
    ['in case', 'chg-1', 'case'],
    ['in spaces', 'CHG- 1', 'case or spaces'],
  ])(
    'rejects a reference repeated within a group %s, rather than counting the augment twice',
    (_, again, what) => {
      // Prepare: one order listed again a month later, its reference
      // retyped (it was read as a second augment, the capacity doubled)
      const text = [
        'group,in_service_date,added_bps,reference',
        'Acme/LHR1/pni,2027-01-15,100e9,CHG-1',
        `Acme/LHR1/pni,2027-02-15,100e9,${again}`,
      ].join('\n');

      // Act
      const act = () => parseAugments(text, 'augments.csv', groups);

      // Assess
      expect(act).toThrow(
        `augments.csv, line 3: field 'reference' differs only in ${what} ` +
          "from line 2's 'CHG-1' in group 'Acme/LHR1/pni': an augment is " +
          `listed once (got "${again}")`,
      );
    },
  );

  it('reads one reference in two groups and rows without a reference that differ', () => {
    // Prepare: one change for two groups; two unreferenced augments a
    // month apart
    const two = new Set([...groups, 'Acme/LHR2/pni']);
    const text = [
      'group,in_service_date,added_bps,reference',
      'Acme/LHR1/pni,2027-01-15,100e9,CHG-1',
      'Acme/LHR2/pni,2027-01-15,100e9,CHG-1',
      'Acme/LHR1/pni,2027-02-15,100e9,',
      'Acme/LHR1/pni,2027-03-15,100e9,',
    ].join('\n');

    // Act
    const augments = parseAugments(text, 'augments.csv', two);

    // Assess
    expect(augments.map((a) => [a.group, a.reference])).toEqual([
      ['Acme/LHR1/pni', 'CHG-1'],
      ['Acme/LHR2/pni', 'CHG-1'],
      ['Acme/LHR1/pni', ''],
      ['Acme/LHR1/pni', ''],
    ]);
  });
});
