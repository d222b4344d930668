import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';

/** links.csv's required columns alone, and one link of Acme. */
const HEADER = 'link_id,isp,asn,site,region,link_type,capacity_bps';
const ROW = 'l1,Acme,64500,LHR1,EMEA,pni,100e9';

/** A configuration declaring `columns` extra. */
const declaring = (...columns: string[]) => ({
  ...DEFAULT_CONFIG,
  inventory: { extraColumns: columns },
});

describe('parseLinks inventory.extraColumns', () => {
  it('refuses a likely typo naming the file, the header line, the column, the one meant and the setting', () => {
    // Act / Assess
    expect(() =>
      parseLinks(
        `${HEADER},owners\n${ROW},alice\n`,
        'inv/links.csv',
        DEFAULT_CONFIG,
      ),
    ).toThrow(
      "inv/links.csv, line 1: field 'owners' is not a column Headroom " +
        "reads, so its values would be ignored: did you mean 'owner'? name " +
        'it so; or, if it is a column of your own, add "owners" to the ' +
        "configuration's inventory.extraColumns for Headroom to ignore it " +
        `(got "${HEADER},owners")`,
    );
  });

  it('ignores the columns the configuration declares extra, however near one it reads', () => {
    // Act: a list of people and a lead time in weeks, the user's own
    const [link] = parseLinks(
      `${HEADER},owners,Lead Time\n${ROW},alice;bob,6\n`,
      'inv/links.csv',
      declaring('owners', 'lead_time'),
    );

    // Assess: neither read (lead_time compared loosely to 'Lead Time')
    expect(link).toMatchObject({
      linkId: 'l1',
      owner: 'capacity-planning',
      leadTimeDays: 90,
    });
  });

  it('still refuses a likely typo the configuration does not declare', () => {
    // Act / Assess
    expect(() =>
      parseLinks(
        `${HEADER},owners,critcal\n${ROW},alice,0.9\n`,
        'inv/links.csv',
        declaring('owners'),
      ),
    ).toThrow("field 'critcal' is not a column Headroom reads");
  });
});

describe('parseLinks and a column the header leaves unnamed', () => {
  it('refuses a value in it, naming the line, the column and the value', () => {
    // Prepare: the header cell `owner` cleared; the owners stay below it,
    // and every alert went to the default owner without a word
    const text = `${HEADER},\n${ROW},\n${ROW.replace('l1', 'l2')},alice\n`;

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      'inv/links.csv, line 3: column 8 holds a value, but the header ' +
        '(line 1) gives it no name, so its values would be ignored: name ' +
        'the column in the header, or clear its values (got "alice")',
    );
  });

  it('reads a file whose lines end in commas, a column empty on every row', () => {
    // Act: a spreadsheet's trailing cells, header included
    const links = parseLinks(
      `${HEADER},,\n${ROW},,\n${ROW.replace('l1', 'l2')},,\n`,
      'inv/links.csv',
      DEFAULT_CONFIG,
    );

    // Assess
    expect(links.map((link) => link.linkId)).toEqual(['l1', 'l2']);
  });
});
