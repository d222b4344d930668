import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

describe('parseLinks on capacity groups', () => {
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
});
