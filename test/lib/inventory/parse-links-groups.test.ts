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

  it("rejects a region the configuration's owners name only in another case, whose alerts would go to the default owner", () => {
    // Prepare: a group with its own owner is not affected
    const config = parseConfig(
      '{"owners": {"regions": {"Emea": "emea-peering"}}}',
      'c.json',
    );
    const text =
      `${HEADER}\n` +
      'l1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,alice\n' +
      'l2,Acme,64500,FRA1,EMEA,pni,100e9,,,,\n';

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', config)).toThrow(
      `inv/links.csv, line 3: field 'region' is in the configuration's owners.regions only as 'Emea': regions match exactly, so this group's alerts would go to the default owner 'capacity-planning'; write the region as the configuration does (got "EMEA")`,
    );
  });

  it("rejects a region the configuration's owners spell otherwise ('eu west' for 'EU-West')", () => {
    // Prepare
    const config = parseConfig(
      '{"owners": {"regions": {"EU-West": "emea-peering"}}}',
      'c.json',
    );
    const text = `${HEADER}\nl1,Acme,64500,LHR1,eu west,pni,100e9,,,,\n`;

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', config)).toThrow(
      "owners.regions only as 'EU-West': regions match exactly",
    );
  });

  it.each([
    ['EMAE', 'EMEA'],
    ['EMEAA', 'EMEA'],
    ['EU-Wset', 'EU-West'],
  ])(
    "rejects a region whose owner the configuration keys one slip away, as '%s' for '%s', a region no line has",
    (key, region) => {
      // Prepare
      const config = parseConfig(
        `{"owners": {"regions": {"APAC": "apac", "${key}": "emea-peering"}}}`,
        'c.json',
      );
      const text =
        `${HEADER}\n` +
        `l1,Acme,64500,SIN1,APAC,pni,100e9,,,,\n` +
        `l2,Acme,64500,FRA1,${region},pni,100e9,,,,\n`;

      // Act / Assess: the key is the typo (no line has it), so the fix
      // is in the configuration; 'write the region as the configuration
      // does' asked for the typo in links.csv
      expect(() => parseLinks(text, 'inv/links.csv', config)).toThrow(
        `inv/links.csv, line 3: field 'region' has no owner in the configuration's owners.regions, which names '${key}', a region no line of links.csv has, one typo away from it: regions match exactly, so this group's alerts would go to the default owner 'capacity-planning'; correct the configuration's key to '${region}' (got "${region}")`,
      );
    },
  );

  it('reads regions the configuration keys near a region links.csv has too, or a short one, or for groups with their own owner', () => {
    // Prepare: APAX is a region of its own; EU is not a slip of US; the
    // EMEA group names its owner
    const config = parseConfig(
      '{"owners": {"regions": {"APAX": "apax", "EU": "eu", "EMAE": "x"}}}',
      'c.json',
    );
    const text =
      `${HEADER}\n` +
      'l1,Acme,64500,SIN1,APAC,pni,100e9,,,,\n' +
      'l2,Acme,64500,SIN2,APAX,pni,100e9,,,,\n' +
      'l3,Acme,64500,NYC1,US,pni,100e9,,,,\n' +
      'l4,Acme,64500,FRA1,EMEA,pni,100e9,,,,alice\n';

    // Act
    const owners = parseLinks(text, 'inv/links.csv', config).map(
      (l) => l.owner,
    );

    // Assess
    expect(owners).toEqual([
      'capacity-planning',
      'apax',
      'capacity-planning',
      'alice',
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
