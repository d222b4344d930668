import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

describe('parseLinks on owners spelled alike', () => {
  it.each([
    [
      'a second spelling of an address, in case',
      ['J.Doe@example.com', 'j.doe@example.com'],
      '{}',
      "field 'owner' differs only in case from 'J.Doe@example.com' on line 2",
    ],
    [
      "the configuration's default owner spelled otherwise",
      ['', 'Capacity Planning'],
      '{}',
      "field 'owner' differs only in case, spaces or punctuation from the " +
        "configuration's owners.default 'capacity-planning': names match " +
        'exactly, so these would be two owners (two digests, two alert ' +
        'filters); write it as the configuration does (got "Capacity Planning")',
    ],
    [
      "a region's owner spelled otherwise",
      ['', 'peering-EMEA'],
      '{"owners": {"regions": {"EMEA": "peering-emea"}}}',
      "field 'owner' differs only in case, spaces or punctuation from the " +
        "configuration's owners.regions.EMEA 'peering-emea'",
    ],
  ])('rejects %s, naming both', (_what, owners, json, message) => {
    // Prepare: two ISPs' groups, owners written as given
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,${owners[0]}\n` +
      `l2,Meseta,64501,FRA1,EMEA,pni,100e9,,,,${owners[1]}\n`;
    const config = parseConfig(json, 'c.json');

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', config)).toThrow(
      `inv/links.csv, line 3: ${message}`,
    );
  });

  it.each([
    [
      'two addresses that differ in a dot',
      ['j.doe@example.com', 'jdoe@example.com'],
      '{}',
    ],
  ])('reads %s as two owners', (_what, owners, json) => {
    // Prepare: Meseta's FRA1 is in APAC here
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,${owners[0]}\n` +
      `l2,Meseta,64501,FRA1,APAC,pni,100e9,,,,${owners[1]}\n`;
    const config = parseConfig(json, 'c.json');

    // Act
    const links = parseLinks(text, 'inv/links.csv', config);

    // Assess
    expect(new Set(links.map((link) => link.owner)).size).toBe(2);
  });
});
