import { describe, expect, it } from 'vitest';
import { parseAugments } from '#lib/inventory/parse-augments';
import { otherThan } from '#lib/sample/build-plan';

describe('the sample’s augment references', () => {
  it('never gives a planned augment its group’s recorded reference', () => {
    // Prepare: the one draw in 90,000 where both drew CHG-12345
    const planned = otherThan('CHG-12345', 'CHG-12345');
    const csv = [
      'group,in_service_date,added_bps,reference',
      `Acme/LHR1/pni,2026-01-10,100000000000,CHG-12345`,
      `Acme/LHR1/pni,2027-01-15,100000000000,${planned}`,
      '',
    ].join('\n');

    // Act
    const parse = () =>
      parseAugments(csv, 'augments.csv', new Set(['Acme/LHR1/pni']));

    // Assess: the sample's inventory is its own validator's to accept
    expect(otherThan('CHG-12345', 'CHG-99999')).toBe('CHG-12345');
    expect(parse).not.toThrow();
  });
});
