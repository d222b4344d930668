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

const NO_UNIT = 'must be a number in bps, without a unit';

describe('capacities written with a unit in the inventory', () => {
  it.each([
    ['100G', 'write 100000000000 for 100 Gbps'],
    ['100 Gbps', 'write 100000000000 for 100 Gbps'],
    ['10GE', 'write 10000000000 for 10 Gbps'],
    ['400g', 'write 400000000000 for 400 Gbps'],
    ['10GigE', 'write 10000000000 for 10 Gbps'],
    ['100 Gb/s', 'write 100000000000 for 100 Gbps'],
    ['2.5 Gbit/s', 'write 2500000000 for 2.5 Gbps'],
    ['500M', 'write 500000000 for 500 Mbps'],
    ['1.6T', 'write 1600000000000 for 1.6 Tbps'],
    ['100000000000 bps', 'write 100000000000 for 100000000000 bps'],
    // IEEE 802.3 port types, from an optics column: it said only "must be
    // a positive number"
    ['100GBASE-LR4', 'write 100000000000 for 100 Gbps'],
    ['400GBASE-ZR+', 'write 400000000000 for 400 Gbps'],
    ['1000BASE-T', 'write 1000000000 for 1000 Mbps'],
    ['25GBASE-SR', 'write 25000000000 for 25 Gbps'],
    ['2.5GBASE-T', 'write 2500000000 for 2.5 Gbps'],
    // Types with a variant after a dash or a slash: no hint before
    ['1000BASE-LX/LH', 'write 1000000000 for 1000 Mbps'],
    ['100GBASE-ER4-Lite', 'write 100000000000 for 100 Gbps'],
    // Typed with a Japanese or Chinese input method: no hint before
    [
      '\uff11\uff10\uff10\uff27',
      'write 100000000000 for 100 Gbps, in ASCII characters (it has fullwidth ones)',
    ],
  ])(
    'rejects capacity_bps %s naming file, line, field, value and what to write',
    (value, fix) => {
      // Act
      const act = () =>
        parseLinks(links(value), 'inv/links.csv', DEFAULT_CONFIG);

      // Assess: it said only "must be a positive number"
      expect(act).toThrow(
        `inv/links.csv, line 2: field 'capacity_bps' ${NO_UNIT}: ${fix} (got "${value}")`,
      );
    },
  );

  it('rejects a port_bps of 100G with the figure to write', () => {
    // Act
    const act = () =>
      parseLinks(links('400e9', '100G'), 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(act).toThrow(
      `inv/links.csv, line 2: field 'port_bps' ${NO_UNIT}: write 100000000000 for 100 Gbps (got "100G")`,
    );
  });

  it('rejects an added_bps of 100 Gbps with the figure to write', () => {
    // Act
    const act = () =>
      parseAugments(
        augments('100 Gbps'),
        'inv/augments.csv',
        new Set(['Acme/LHR1/pni']),
      );

    // Assess
    expect(act).toThrow(
      `inv/augments.csv, line 2: field 'added_bps' ${NO_UNIT}: write 100000000000 for 100 Gbps (got "100 Gbps")`,
    );
  });

  it.each([
    [
      'capacity_bps',
      '4 x 100G',
      "write 400000000000 for 4 × 100 Gbps, the bundle's total",
    ],
    [
      'capacity_bps',
      '2×400 Gbps',
      "write 800000000000 for 2 × 400 Gbps, the bundle's total",
    ],
    [
      'port_bps',
      '4 x 100G',
      "write 100000000000 for one port of 100 Gbps (the port's speed, not the bundle's)",
    ],
  ])(
    'rejects a bundle written as its members in %s (%s) with the figure to write',
    (field, value, fix) => {
      // Act
      const text = field === 'port_bps' ? links('400e9', value) : links(value);
      const act = () => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

      // Assess: it said only "must be a positive number"
      expect(act).toThrow(
        `inv/links.csv, line 2: field '${field}' ${NO_UNIT}: ${fix} (got "${value}")`,
      );
    },
  );

  it.each(['ten', '100e', '10 x ten'])(
    'still says only "must be a positive number" of %s, which has no figure in a unit',
    (value) => {
      // Act
      const act = () =>
        parseLinks(links(value), 'inv/links.csv', DEFAULT_CONFIG);

      // Assess
      expect(act).toThrow(
        `inv/links.csv, line 2: field 'capacity_bps' must be a positive number (got "${value}")`,
      );
    },
  );
});
