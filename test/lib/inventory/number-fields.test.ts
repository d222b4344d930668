import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseAugments, parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

/** links.csv with one link whose `field` holds `value`. */
function links(field: string, value: string): string {
  const row: Record<string, string> = {
    link_id: 'l1',
    isp: 'Acme',
    asn: '64500',
    site: 'LHR1',
    region: 'EMEA',
    link_type: 'pni',
    capacity_bps: '100e9',
  };
  row[field] = value;
  const header = `${HEADER},warning`;
  return `${header}\n${header
    .split(',')
    .map((c) => row[c] ?? '')
    .join(',')}\n`;
}

describe('numbers in links.csv and augments.csv', () => {
  it.each([
    [
      'capacity_bps',
      '0x10',
      'must be a positive number, written in decimal notation',
    ],
    [
      'port_bps',
      '0b1',
      'must be a positive number, written in decimal notation',
    ],
    [
      'lead_time_days',
      '0o7',
      'must be a whole number from 0 to 1000, written in decimal notation',
    ],
    [
      'asn',
      '0x1F',
      'must be a whole number from 0 to 4294967295, written in decimal notation',
    ],
    [
      'capacity_bps',
      'Infinity',
      'must be a positive number, written in decimal notation',
    ],
    ['lead_time_days', '1_0', 'must be a whole number from 0 to 1000'],
  ])(
    'rejects %s written %j, which Number() would read',
    (field, value, problem) => {
      // Act
      const act = () =>
        parseLinks(links(field, value), 'links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `links.csv, line 2: field '${field}' ${problem} (got ${JSON.stringify(value)})`,
      );
    },
  );

  it('rejects an asn beyond 32 bits, naming file, line, field and value', () => {
    // Act: 11 digits, a slip no AS number can be (it was taken as read)
    const act = () =>
      parseLinks(links('asn', '99999999999'), 'links.csv', DEFAULT_CONFIG);

    // Assess
    expect(act).toThrow(
      `links.csv, line 2: field 'asn' must be a whole number from 0 to 4294967295 (got "99999999999")`,
    );
  });

  it.each([
    ['AS64500', 'write 64500'],
    ['as 64500', 'write 64500'],
    ['AS1.10', 'AS1.10 is asdot (RFC 5396) for 65546; write 65546'],
  ])(
    'rejects an asn written %s as routers show it, with the number to write',
    (value, hint) => {
      // Act: before, only "must be a whole number from 0 to 4294967295"
      const act = () =>
        parseLinks(links('asn', value), 'links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `links.csv, line 2: field 'asn' must be the AS number in digits alone: ${hint} (got "${value}")`,
      );
    },
  );

  it('rejects an added_bps in hexadecimal, naming file, line, field and value', () => {
    // Prepare
    const text =
      'group,in_service_date,added_bps,reference\nA/LHR1/pni,2027-01-15,0x10,\n';

    // Act
    const act = () =>
      parseAugments(text, 'augments.csv', new Set(['A/LHR1/pni']));

    // Assess
    expect(act).toThrow(
      `augments.csv, line 2: field 'added_bps' must be a positive number, written in decimal notation (got "0x10")`,
    );
  });

  it.each([
    ['capacity_bps', '1e400', 'beyond the largest number a double holds'],
    ['lead_time_days', '1e-400', 'too close to 0 for a double'],
    ['warning', '1e-400', 'too close to 0 for a double'],
  ])(
    'says %s %s is out of range, not a wrong kind of number',
    (field, value, why) => {
      // Act
      const act = () =>
        parseLinks(links(field, value), 'l.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(`field '${field}' is out of range: ${why}`);
    },
  );

  it('reads decimal notation, spaces around it trimmed, and -0 as 0', () => {
    // Prepare
    const text = `${HEADER}\nl1,Acme, 64500 ,LHR1,EMEA,pni,1.5E11,,+25e9,-0,\n`;

    // Act
    const [link] = parseLinks(text, 'links.csv', DEFAULT_CONFIG);

    // Assess
    expect(link).toMatchObject({
      asn: 64500,
      capacityBps: 150e9,
      portBps: 25e9,
    });
    expect(Object.is(link!.leadTimeDays, 0)).toBe(true);
  });
});
