import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';

/** links.csv's required columns alone, and one link of Acme. */
const HEADER = 'link_id,isp,asn,site,region,link_type,capacity_bps';
const ROW = 'l1,Acme,64500,LHR1,EMEA,pni,100e9';

describe('parseLinks columns built on one it reads', () => {
  it.each([
    ['owner_id', 'a key in a directory of people', 'u1234'],
    ['group_id', "a bundle's number in another tool", '17'],
    ['retired_by', 'the person who retired the link', 'bob'],
    ['ownerId', 'an owner id in camel case', 'u1234'],
    ['co_owner', 'a second person', 'carol'],
    ['is_critical', 'a flag', 'yes'],
  ])(
    'reads links.csv with a column %s (%s) beside them, as the user own',
    (column, _, value) => {
      // Act: each was refused as a typo of owner, group, retired_on or
      // critical, and the user could only rename their column
      const [link] = parseLinks(
        `${HEADER},${column}\n${ROW},${value}\n`,
        'inv/links.csv',
        DEFAULT_CONFIG,
      );

      // Assess: ignored, the defaults kept
      expect(link).toMatchObject({
        linkId: 'l1',
        owner: 'capacity-planning',
        group: 'Acme/LHR1/pni',
      });
      expect(link).not.toHaveProperty('retiredOn');
      expect(link).not.toHaveProperty('critical');
    },
  );

  it.each([
    ['critical_at', 'critical', '0.9'],
    ['warning_at', 'warning', '0.6'],
    ['retired_at', 'retired_on', '2026-11-01'],
    ['lead_time', 'lead_time_days', '120'],
    ['owner1', 'owner', 'alice'],
  ])(
    'still refuses %s, whose values are the ones %s holds',
    (column, meant, value) => {
      // Act / Assess: a threshold "at" a level (warn_at: 0.7), a
      // retirement "at" a date, a lead time without its unit
      expect(() =>
        parseLinks(
          `${HEADER},${column}\n${ROW},${value}\n`,
          'inv/links.csv',
          DEFAULT_CONFIG,
        ),
      ).toThrow(
        `field '${column}' is not a column Headroom reads, so its values ` +
          `would be ignored: did you mean '${meant}'?`,
      );
    },
  );
});
