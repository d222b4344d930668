import { describe, expect, it } from 'vitest';
import { readCsvRows } from '#lib/inventory/index';

describe('readCsvRows', () => {
  it.each([
    [
      'in a first field',
      'a,b,c\n1,2,3\n"4,5,6\n7,8,9\n10,11,12\n',
      3,
      'a',
      '"4,5,6',
    ],
    [
      'after a quoted field that spans two lines',
      'a,b,c\n1,2,"x\ny"\n4,"5,6\n7,8,9\n',
      4,
      'b',
      '"5,6',
    ],
    [
      'after doubled quotes on the same line',
      'a,b,c\r\n1,"say ""hi""",3\r\n4,5,"6\r\n7,8,9\r\n',
      3,
      'c',
      '"6',
    ],
    ['on the last line', 'a,b\n1,2\n3,"4', 3, 'b', '"4'],
  ])(
    'reports an unclosed quote %s at the line where it opens, with its field',
    (_, text, line, field, value) => {
      // Act / Assess
      expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
        `inv/x.csv, line ${line}: field '${field}' is not valid CSV: ` +
          `this quote is never closed (got ${JSON.stringify(value)})`,
      );
    },
  );

  it.each([
    [
      'never closed',
      '"a,b\n1,2\n',
      'this quote is never closed (got "\\"a,b")',
    ],
    [
      'inside a name',
      'a,b"c\n1,2\n',
      'a quote inside a field that does not start with one (quote the ' +
        'whole field and double the quotes in it) (got "a,b\\"c")',
    ],
  ])('reports a quote %s in the header as not valid CSV', (_, text, what) => {
    // Act / Assess: not as a header missing its columns
    expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
      `inv/x.csv, line 1: is not valid CSV: ${what}`,
    );
  });

  it.each([
    [
      'inside a field that does not start with one',
      'a,isp,c\n1,Acme,3\n2,Thames "Big" Fibre,4\n',
      'isp',
      'a quote inside a field that does not start with one (quote the ' +
        'whole field and double the quotes in it)',
      '2,Thames "Big" Fibre,4',
    ],
    [
      'followed by text after it closes',
      'a,isp,c\n1,Acme,3\n2,"Thames" Fibre,4\n',
      'isp',
      'text follows the closing quote of a field',
      '2,"Thames" Fibre,4',
    ],
    [
      "of a spreadsheet's text formula",
      'a,capacity_bps,c\r\n1,100e9,3\r\n2,="100000000000",4\r\n',
      'capacity_bps',
      '="…" is a spreadsheet formula: write the value alone',
      '2,="100000000000",4',
    ],
    [
      'in a row below a quoted field that spans two lines',
      'a,isp,c\n1,"x\ny",3\n2,Thames "Big" Fibre,4\n',
      'isp',
      'a quote inside a field that does not start with one (quote the ' +
        'whole field and double the quotes in it)',
      '2,Thames "Big" Fibre,4',
    ],
  ])(
    "reports a quote %s with its line, field and the line's text",
    (_, text, field, problem, value) => {
      // Act / Assess: it was csv-parse's "Invalid Opening Quote: a quote
      // is found on field "isp" at line 3, value is "Thames "", or
      // "Invalid Closing Quote: found non trimable byte after quote",
      // with no field or value
      const line = text.split(/\r?\n/).indexOf(value) + 1;
      expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
        `inv/x.csv, line ${line}: field '${field}' is not valid CSV: ` +
          `${problem} (got ${JSON.stringify(value)})`,
      );
    },
  );
});
