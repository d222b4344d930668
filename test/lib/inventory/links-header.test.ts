import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

describe('parseLinks header', () => {
  it.each([
    [
      'the owner column named in capitals (every alert went to the default owner)',
      `${HEADER.replace(',owner', ',Owner')}\n${ROW.slice(0, -1)},alice\n`,
      'Owner',
      'owner',
    ],
    [
      'the lead time column written with spaces',
      `${HEADER.replace('lead_time_days', 'Lead time days')}\n${ROW}\n`,
      'Lead time days',
      'lead_time_days',
    ],
    [
      'a threshold column named in capitals',
      `${HEADER},Critical\n${ROW},0.9\n`,
      'Critical',
      'critical',
    ],
  ])(
    'rejects %s, whose values were ignored without a word',
    (_, text, name, column) => {
      // Act / Assess
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        `inv/links.csv, line 1: field '${name}' is not a column Headroom ` +
          `reads, so its values would be ignored: name it '${column}' ` +
          `(column names are lowercase, words joined by '_') (got "`,
      );
    },
  );

  it('says which to keep when the header has a column in both spellings', () => {
    // Act / Assess: it said "name it 'owner'", a column already there
    expect(() =>
      parseLinks(
        `${HEADER},Owner\n${ROW},bob\n`,
        'inv/links.csv',
        DEFAULT_CONFIG,
      ),
    ).toThrow(
      "inv/links.csv, line 1: field 'Owner' is not a column Headroom reads, " +
        "so its values would be ignored: the header has 'owner' too: keep " +
        'one of the two (got "',
    );
  });

  it.each([
    ['port', HEADER.replace('port_bps', 'port'), ROW],
    ['capacity_gbps', `${HEADER},capacity_gbps`, `${ROW},100`],
    ['site_name', `${HEADER},site_name`, `${ROW},London 1`],
  ])(
    'keeps ignoring a column %s that is no typo of a column it reads',
    (_, header, row) => {
      // Act: port begins port_bps, but is too short a start to guess
      // from (a column of interface names); capacity_gbps is a letter
      // from capacity_bps, which is there
      const links = parseLinks(
        `${header}\n${row}\n`,
        'inv/links.csv',
        DEFAULT_CONFIG,
      );

      // Assess
      expect(links.map((link) => link.linkId)).toEqual(['l1']);
    },
  );

  it('keeps ignoring a column of its own name beside the ones it reads', () => {
    // Act
    const links = parseLinks(
      `${HEADER},Notes\n${ROW},ordered by Bob\n`,
      'inv/links.csv',
      DEFAULT_CONFIG,
    );

    // Assess
    expect(links.map((link) => link.linkId)).toEqual(['l1']);
  });

  it.each([
    [
      'a column name holding a zero-width space',
      `${HEADER.replace('link_id', 'link_id\u200b')}\n${ROW}\n`,
      // It said the header has 'link_id'; name it 'link_id', the two
      // looking the same.
      "inv/links.csv, line 1: field 'link_id\\u200b' must not contain a " +
        'zero-width space (U+200B): unseen, it makes a name differ from ' +
        'one that looks the same',
    ],
    [
      'an optional column name holding a soft hyphen',
      `${HEADER.replace('owner', 'ow\u00adner')}\n${ROW}\n`,
      "inv/links.csv, line 1: field 'ow\\u00adner' must not contain a soft " +
        'hyphen (U+00AD)',
    ],
  ])('rejects %s, naming the character', (_, text, message) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      message,
    );
  });

  it.each([
    ['sep=,', 'sep=,'],
    ['sep=;', 'sep=;'],
  ])("names Excel's separator line %s before the header", (line, shown) => {
    // Prepare: some exporters write it, for Excel to split the columns
    const text = `${line}\n${HEADER}\n${ROW}\n`;

    // Act
    const act = () => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess: it said only "missing column(s) link_id, …" of the header
    // it did not see (and, of sep=;, that columns were separated by ';')
    expect(act).toThrow(
      `: line 1 is Excel's separator line (${shown}), not the header: delete it (got "${shown}")`,
    );
  });
});
