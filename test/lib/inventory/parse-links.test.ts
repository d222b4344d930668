import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '#lib/config';
import { parseAugments, parseLinks } from '#lib/inventory/index';

const HEADER =
  'link_id,isp,asn,site,region,link_type,capacity_bps,group,port_bps,lead_time_days,owner';
const ROW = 'l1,Acme,64500,LHR1,EMEA,pni,100e9,,,,';

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

  it.each([
    [
      'a missing column',
      'link_id,isp,asn,site,region,link_type\nl1,A,1,S,EMEA,pni\n',
      "inv/links.csv, line 1: field 'capacity_bps' missing column(s) capacity_bps",
    ],
    [
      'a non-numeric capacity',
      `${HEADER}\n${ROW}\nl2,Acme,64500,LHR1,EMEA,pni,ten,,,,\n`,
      `inv/links.csv, line 3: field 'capacity_bps' must be a positive number (got "ten")`,
    ],
    [
      'a duplicate link_id',
      `${HEADER}\n${ROW}\n${ROW}\n`,
      `inv/links.csv, line 3: field 'link_id' duplicate link_id, first on line 2 (got "l1")`,
    ],
    [
      'an unknown link type',
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,peering,1e9,,,,\n`,
      `inv/links.csv, line 2: field 'link_type' must be one of pni, ix, transit, cache (got "peering")`,
    ],
    [
      'thresholds typed as percentages',
      `${HEADER},warning,critical\n${ROW},70,85\n`,
      `inv/links.csv, line 2: field 'warning' must be a ratio between 0 and 1, e.g. 0.7 for 70 % (got "70")`,
    ],
    [
      'a warning above critical',
      `${HEADER},warning,critical\n${ROW},0.9,0.8\n`,
      `inv/links.csv, line 2: field 'warning' warning must be below critical (got "warning 0.9, critical 0.8")`,
    ],
    [
      "a warning above the link type's critical",
      `${HEADER},warning\n${ROW},0.9\n`,
      `inv/links.csv, line 2: field 'warning' warning must be below critical (got "warning 0.9, critical 0.85")`,
    ],
    [
      'a tab after a site name',
      `${HEADER}\nl1,Acme,64500,LHR1\t,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 2: field 'site' must not contain control characters (tab, line break, …) (got "LHR1\\t")`,
    ],
    [
      'a line break inside an owner',
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,"ops\nBcc: x@evil"\n`,
      `inv/links.csv, line 3: field 'owner' must not contain control characters (tab, line break, …) (got "ops\\nBcc: x@evil")`,
    ],
    [
      'a 230-character ISP name',
      `${HEADER}\nl1,${'A'.repeat(230)},64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 2: field 'isp' must be at most 100 characters long`,
    ],
  ])('rejects %s naming file, line, field and value', (_, text, message) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      message,
    );
  });

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

  it.each([
    ['a header alone', `${HEADER}\n`],
    ['a header and blank lines', `${HEADER}\n\n\n`],
  ])('rejects %s, naming the file: a run needs a link', (_, text) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      'inv/links.csv: lists no links (only a header): a run needs at least one link to forecast',
    );
  });
});

describe('parseAugments', () => {
  const groups = new Set(['Acme/LHR1/pni']);

  it('reads planned augments', () => {
    // Prepare
    const text =
      'group,in_service_date,added_bps,reference\nAcme/LHR1/pni,2027-01-15,100e9,CHG-1\n';

    // Act
    const augments = parseAugments(text, 'augments.csv', groups);

    // Assess
    expect(augments).toEqual([
      {
        group: 'Acme/LHR1/pni',
        inServiceDate: '2027-01-15',
        addedBps: 100e9,
        reference: 'CHG-1',
      },
    ]);
  });

  it.each([
    ['Nope/LHR1/pni,2027-01-15,1e9,x', "line 2: field 'group' names a group"],
    [
      'Acme/LHR1/pni,2027-02-30,1e9,x',
      "field 'in_service_date' must be a date",
    ],
    ['Acme/LHR1/pni,2027-02-03,-1,x', "field 'added_bps' must be a positive"],
    [
      'Acme/LHR1/pni,2027-02-03,1e9,"=HYPERLINK(1)\rx"',
      "field 'reference' must not contain control characters",
    ],
    [
      `Acme/LHR1/pni,2027-02-03,1e9,${'r'.repeat(201)}`,
      "field 'reference' must be at most 200 characters long",
    ],
  ])('rejects %s', (row, message) => {
    // Prepare
    const text = `group,in_service_date,added_bps,reference\n${row}\n`;

    // Act / Assess
    expect(() => parseAugments(text, 'augments.csv', groups)).toThrow(message);
  });
});
