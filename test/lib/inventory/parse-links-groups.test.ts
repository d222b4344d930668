import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

describe('parseLinks on capacity groups', () => {
  it.each([
    [
      'ISPs',
      'l2,Meseta,64501,LHR1,EMEA,pni,100e9,acme-lon,,,',
      'isp',
      'Acme',
      'Meseta',
    ],
    [
      'sites',
      'l2,Acme,64500,FRA1,EMEA,pni,100e9,acme-lon,,,',
      'site',
      'LHR1',
      'FRA1',
    ],
    [
      'link types',
      'l2,Acme,64500,LHR1,EMEA,cache,100e9,acme-lon,,,',
      'link_type',
      'pni',
      'cache',
    ],
    [
      'regions',
      'l2,Acme,64500,LHR1,APAC,pni,100e9,acme-lon,,,',
      'region',
      'EMEA',
      'APAC',
    ],
  ])(
    'rejects a group that mixes %s, naming the first line that disagrees and the line it disagrees with',
    (_, row, field, first, other) => {
      // Prepare: two agreeing links of acme-lon, then one that differs
      const text =
        `${HEADER}\n` +
        'l0,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,\n' +
        'l1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,\n' +
        `${row}\n` +
        'l3,Zed,64502,AMS1,EMEA,ix,100e9,acme-lon,,,\n';

      // Act / Assess
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        `inv/links.csv, line 4: field '${field}' group "acme-lon" has ` +
          `${field} "${first}" on line 2: a capacity group's links share ` +
          `one ISP, site, region and link type (got "${other}")`,
      );
    },
  );

  it('rejects a link named into a default group of another ISP', () => {
    // Prepare: Meseta's row names Acme's default group explicitly
    const text =
      `${HEADER}\n${ROW}\n` +
      'l2,Meseta,64501,LHR1,EMEA,pni,100e9,Acme/LHR1/pni,,,\n';

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      `inv/links.csv, line 3: field 'isp' group "Acme/LHR1/pni" has isp "Acme" on line 2`,
    );
  });

  it('accepts a named group whose links differ in port size and lead time', () => {
    // Prepare
    const text =
      `${HEADER}\n` +
      'l1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,100e9,90,alice\n' +
      'l2,Acme,64500,LHR1,EMEA,pni,400e9,acme-lon,400e9,30,alice\n';

    // Act
    const links = parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(links.map((link) => [link.group, link.portBps])).toEqual([
      ['acme-lon', 100e9],
      ['acme-lon', 400e9],
    ]);
  });

  it("gives every link of a group the owner written on one of its lines, and other groups their region's", () => {
    // Prepare: alice is written on acme-lon's second link only
    const config = parseConfig(
      '{"owners": {"regions": {"EMEA": "emea-peering"}}}',
      'c.json',
    );
    const text =
      `${HEADER}\n` +
      'l1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,\n' +
      'l2,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,alice\n' +
      'l3,Acme,64500,FRA1,EMEA,pni,100e9,,,,\n';

    // Act
    const links = parseLinks(text, 'inv/links.csv', config);

    // Assess
    expect(links.map((link) => link.owner)).toEqual([
      'alice',
      'alice',
      'emea-peering',
    ]);
  });

  it('rejects a group with two owners, naming the line of the second and the first', () => {
    // Prepare
    const text =
      `${HEADER}\n` +
      'l1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,alice\n' +
      'l2,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,\n' +
      'l3,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,bob\n';

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      `inv/links.csv, line 4: field 'owner' group "acme-lon" has owner "alice" on line 2: a capacity group's alerts go to one owner (write it on one line of the group, or the same on each) (got "bob")`,
    );
  });
});
