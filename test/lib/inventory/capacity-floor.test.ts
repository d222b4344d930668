import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseAugments, parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

/** links.csv with one link of capacity `capacity` and port size `port`. */
const links = (capacity: string, port = '') =>
  `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,${capacity},,${port},,\n`;

/** augments.csv with one augment of Acme/LHR1/pni adding `added`. */
const augments = (added: string) =>
  `group,in_service_date,added_bps,reference\nAcme/LHR1/pni,2027-01-15,${added},CHG-1\n`;

const FLOOR = 'must be in bps, at least 1000000 (1 Mbps)';

describe('capacities below 1 Mbps in the inventory', () => {
  it.each([
    ['0.5', `0.5 is 0.5 bps; did you mean 0.5 Gbps = 500000000?`],
    ['100', `100 is 100 bps; did you mean 100 Gbps = 100000000000?`],
    ['10000', `10000 is 10000 bps; did you mean 10000 Mbps = 10000000000?`],
    ['1e-5', '0.00001 is 0.00001 bps'],
  ])(
    'rejects capacity_bps %s naming file, line, field, value and the fix',
    (value, why) => {
      // Act
      const act = () =>
        parseLinks(links(value), 'inv/links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `inv/links.csv, line 2: field 'capacity_bps' ${FLOOR}: ${why} (got "${value}")`,
      );
    },
  );

  it('rejects a port_bps of 100 typed for a 100 Gbps port', () => {
    // Act
    const act = () =>
      parseLinks(links('400e9', '100'), 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(act).toThrow(
      `inv/links.csv, line 2: field 'port_bps' ${FLOOR}: 100 is 100 bps; did you mean 100 Gbps = 100000000000? (got "100")`,
    );
  });

  it.each([
    ['0.5', '0.5 is 0.5 bps; did you mean 0.5 Gbps = 500000000?'],
    ['100', '100 is 100 bps; did you mean 100 Gbps = 100000000000?'],
  ])(
    'rejects added_bps %s naming file, line, field, value and the fix',
    (value, why) => {
      // Act
      const act = () =>
        parseAugments(
          augments(value),
          'inv/augments.csv',
          new Set(['Acme/LHR1/pni']),
        );

      // Assess
      expect(act).toThrow(
        `inv/augments.csv, line 2: field 'added_bps' ${FLOOR}: ${why} (got "${value}")`,
      );
    },
  );

  it('accepts 1 Mbps exactly, in any field', () => {
    // Act
    const [link] = parseLinks(links('1e6', '1000000'), 'l.csv', DEFAULT_CONFIG);
    const [augment] = parseAugments(
      augments('1e6'),
      'a.csv',
      new Set(['Acme/LHR1/pni']),
    );

    // Assess
    expect([link?.capacityBps, link?.portBps, augment?.addedBps]).toEqual([
      1e6, 1e6, 1e6,
    ]);
  });

  it.each([
    ['capacity_bps', links('1000000000000000')],
    ['port_bps', links('1e11', '1e15')],
  ])(
    'rejects a %s above 50 Tbps, a zero or more too many, naming file, line, field and value',
    (field, text) => {
      // Act
      const act = () => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `inv/links.csv, line 2: field '${field}' must be in bps, at most ` +
          '50000000000000 (50 Tbps): 1000000000000000 is 1000 Tbps; a zero ' +
          'or more too many?',
      );
    },
  );

  it('accepts 50 Tbps exactly, and rejects an augment above it', () => {
    // Act
    const [link] = parseLinks(links('5e13'), 'l.csv', DEFAULT_CONFIG);
    const act = () =>
      parseAugments(
        augments('1e15'),
        'inv/augments.csv',
        new Set(['Acme/LHR1/pni']),
      );

    // Assess
    expect(link?.capacityBps).toBe(5e13);
    expect(act).toThrow(
      "inv/augments.csv, line 2: field 'added_bps' must be in bps, at most",
    );
  });
});

describe("SNMP ifSpeed's ceiling in the inventory", () => {
  it.each([
    ['capacity_bps', links('4294967295')],
    ['port_bps', links('400e9', '4294967295')],
  ])('rejects 4294967295 as a %s, saying to write the speed', (field, csv) => {
    // Act
    const act = () => parseLinks(csv, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess: a links.csv filled from ifSpeed gave every 10 and 100 Gbps
    // link 4.29 Gbps, and alerts on all of them
    expect(act).toThrow(
      `inv/links.csv, line 2: field '${field}' is SNMP ifSpeed's ceiling (RFC 2863), which it reports for any interface faster than 4.29 Gbps, not a speed: write the link's speed in bps (ifHighSpeed, in Mbps, × 1000000) (got "4294967295")`,
    );
  });
});
