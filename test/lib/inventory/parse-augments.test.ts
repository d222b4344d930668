import { describe, expect, it } from 'vitest';
import { parseAugments } from '#lib/inventory/index';

describe('parseAugments', () => {
  const groups = new Set(['Acme/LHR1/pni']);

  it('reads planned augments', () => {
    // Prepare
    const text =
      'group,in_service_date,added_bps,reference\nAcme/LHR1/pni,2027-01-15,100e9,CHG-1\n';

    // Act
    const augments = parseAugments(text, 'augments.csv', groups);

    // Assess
    expect(augments).toEqual([
      {
        group: 'Acme/LHR1/pni',
        inServiceDate: '2027-01-15',
        addedBps: 100e9,
        reference: 'CHG-1',
      },
    ]);
  });

  it.each([
    ['Nope/LHR1/pni,2027-01-15,1e9,x', "line 2: field 'group' names a group"],
    [
      'Acme/LHR1/pni,2027-02-30,1e9,x',
      "field 'in_service_date' must be a date",
    ],
    ['Acme/LHR1/pni,2027-02-03,-1,x', "field 'added_bps' must be a positive"],
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
});
