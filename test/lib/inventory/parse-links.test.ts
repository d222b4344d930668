import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

describe('parseLinks', () => {
  it('applies the defaults of docs/architecture.md "Data contracts" to empty optional fields', () => {
    // Prepare
    const config = parseConfig(
      '{"owners": {"regions": {"EMEA": "emea-peering"}}}',
      'c.json',
    );

    // Act
    const links = parseLinks(`${HEADER}\n${ROW}\n`, 'links.csv', config);

    // Assess
    expect(links).toEqual([
      {
        linkId: 'l1',
        isp: 'Acme',
        asn: 64500,
        site: 'LHR1',
        region: 'EMEA',
        linkType: 'pni',
        capacityBps: 100e9,
        group: 'Acme/LHR1/pni',
        portBps: 100e9,
        leadTimeDays: 90,
        owner: 'emea-peering',
        line: 2,
      },
    ]);
  });

  it('keeps explicit group, port size, lead time, owner and thresholds', () => {
    // Prepare
    const text =
      `${HEADER},warning,critical,notes\n` +
      'l1,Acme,64500,LHR1,EMEA,ix,400e9,acme-lon,100e9,30,alice,0.6,0.8,x\n';

    // Act
    const [link] = parseLinks(text, 'links.csv', DEFAULT_CONFIG);

    // Assess
    expect(link).toMatchObject({
      group: 'acme-lon',
      portBps: 100e9,
      leadTimeDays: 30,
      owner: 'alice',
      warning: 0.6,
      critical: 0.8,
    });
  });

  it('reads the day a link was retired, and none for a link in service', () => {
    // Prepare
    const text =
      `${HEADER},retired_on\n${ROW},2026-11-05\n` +
      `${ROW.replace('l1', 'l2')},\n`;

    // Act
    const [retired, live] = parseLinks(text, 'links.csv', DEFAULT_CONFIG);

    // Assess
    expect(retired?.retiredOn).toBe('2026-11-05');
    expect(live).not.toHaveProperty('retiredOn');
  });

  it.each([
    ['a header alone', `${HEADER}\n`],
    ['a header and blank lines', `${HEADER}\n\n\n`],
  ])('rejects %s, naming the file: a run needs a link', (_, text) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      'inv/links.csv: lists no links (only a header): a run needs at least one link to forecast',
    );
  });

  it.each([
    ['with no byte', ''],
    ['with blank lines and a byte order mark', '\uFEFF\n\r\n'],
  ])('says a file %s is empty, and which header it needs', (_, text) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      'inv/links.csv: empty file: expected a header ' +
        'link_id,isp,asn,site,region,link_type,capacity_bps',
    );
  });
});
