import { describe, expect, it } from 'vitest';
import { parseAugments } from '#lib/inventory/index';

describe('parseAugments, the header', () => {
  const groups = new Set(['Acme/LHR1/pni']);

  it.each([
    ['with a reference', ',reference', ',CHG-1', 'CHG-1'],
    // It was refused with "field 'reference' missing column(s) reference".
    ['whose header has no reference column, the column optional', '', '', ''],
  ])('reads planned augments %s', (_, column, value, reference) => {
    // Prepare
    const text =
      `group,in_service_date,added_bps${column}\n` +
      `Acme/LHR1/pni,2027-01-15,100e9${value}\n`;

    // Act
    const augments = parseAugments(text, 'augments.csv', groups);

    // Assess
    expect(augments).toEqual([
      {
        group: 'Acme/LHR1/pni',
        inServiceDate: '2027-01-15',
        addedBps: 100e9,
        reference,
      },
    ]);
  });

  it('names the first required column a header lacks, plainly', () => {
    // Prepare
    const text = 'group,added_bps\nAcme/LHR1/pni,100e9\n';

    // Act
    const read = () => parseAugments(text, 'augments.csv', groups);

    // Assess
    expect(read).toThrow(
      "augments.csv, line 1: field 'in_service_date' is a required column the header lacks",
    );
  });
});
