import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

describe('parseLinks on a header it cannot read', () => {
  it.each([
    [
      'a missing column',
      'link_id,isp,asn,site,region,link_type\nl1,A,1,S,EMEA,pni\n',
      "inv/links.csv, line 1: field 'capacity_bps' is a required column the header lacks",
    ],
    [
      "a file separated by ';' (a spreadsheet's CSV with decimal commas)",
      `${HEADER.replaceAll(',', ';')}\n${ROW.replaceAll(',', ';')}\n`,
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks, as are isp, asn, site, region, link_type, capacity_bps: its columns are separated by ';', not commas; save it as CSV with commas (got",
    ],
    [
      "a file separated by ';' whose rows hold decimal commas (1,5E+11, 0,7)",
      `${HEADER.replaceAll(',', ';')};warning\n` +
        `${ROW.replaceAll(',', ';').replace('100e9', '1,5E+11')};0,7\n`,
      // It said line 2 has 3 fields where the header has 1, "a comma in
      // a value?", of a file with no comma but the decimal ones.
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks, as are isp, asn, site, region, link_type, capacity_bps: its columns are separated by ';', not commas; save it as CSV with commas (got",
    ],
    [
      "a file separated by ';' with a field quoted for its ';'",
      `${HEADER.replaceAll(',', ';')}\n${ROW.replaceAll(',', ';')}"ops; peering"\n`,
      // It was csv-parse's "Invalid Opening Quote: a quote is found on
      // field "link_id;isp;…" at line 2".
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks, as are isp, asn, site, region, link_type, capacity_bps: its columns are separated by ';', not commas; save it as CSV with commas (got",
    ],
    [
      'a file separated by tabs whose owner holds a comma',
      `${HEADER.replaceAll(',', '\t')}\n` +
        `${ROW.replaceAll(',', '\t')}Peering, EMEA\n`,
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks, as are isp, asn, site, region, link_type, capacity_bps: its columns are separated by tabs, not commas; save it as CSV with commas (got",
    ],
    [
      'a column named in capitals',
      `${HEADER.replace('link_id', 'Link_ID')}\n${ROW}\n`,
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks: the header has 'Link_ID'; name it 'link_id' (column names are lowercase, words joined by '_') (got",
    ],
    [
      'two columns named in capitals, both named',
      `${HEADER.replace('link_id', 'Link_ID').replace('capacity_bps', 'Capacity_BPS')}\n${ROW}\n`,
      "inv/links.csv, line 1: field 'link_id' is a required column the header lacks, as is capacity_bps: the header has 'Link_ID', 'Capacity_BPS'; name them 'link_id', 'capacity_bps' (column names are lowercase, words joined by '_') (got",
    ],
    [
      'a capacity column in Gbps',
      `${HEADER.replace('capacity_bps', 'capacity_gbps')}\n${ROW}\n`,
      "inv/links.csv, line 1: field 'capacity_bps' is a required column the header lacks: the header has 'capacity_gbps'; Headroom reads bits per second: name it 'capacity_bps' and write each figure in bps (100000000000 for 100 Gbps) (got",
    ],
    [
      // A report's title above the header: it said the header lacked every
      // column, quoting the title as the header
      'a title row above the header',
      `Link inventory,,,,,,,,,,\n${HEADER}\n${ROW}\n`,
      'inv/links.csv, line 1: is not the header, which is line 2: delete the line above it (a title?), so that the header is line 1 (got "Link inventory,,,,,,,,,,")',
    ],
    [
      'a title and a blank line above the header',
      `Links as of 2026-12-01\n\n${HEADER}\n${ROW}\n`,
      'inv/links.csv, line 1: is not the header, which is line 3: delete the lines above it (a title?), so that the header is line 1 (got "Links as of 2026-12-01")',
    ],
  ])('rejects %s naming the columns to write', (_, text, message) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      message,
    );
  });
});
