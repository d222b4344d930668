import { describe, expect, it } from 'vitest';
import { readCsvRows } from '#lib/inventory/index';

describe('readCsvRows', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,"x\ny\nz"\n4,5\n'],
    [
      'CRLF, LF in the cell (Excel)',
      'a,b\r\n\r\n1,2\r\n3,"x\ny\nz"\r\n4,5\r\n',
    ],
    ['CRLF', 'a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n4,5\r\n'],
    ['CR', 'a,b\r1,2\r3,"x\ry"\r4,5\r'],
  ])(
    'names the line a row with a quoted line break starts on (%s)',
    (_, text) => {
      // Act / Assess: the row of 3 starts on line 3, or 4 after a blank line
      const line = text.includes('\r\n\r\n') ? 4 : 3;
      expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
        `inv/x.csv, line ${line}: field 'b' must not contain control characters`,
      );
    },
  );

  it('names the line a row with a quoted line break starts on, not the one it ends on', () => {
    // Act / Assess: the row of line 3 (a spreadsheet's row 3) ends on line 5
    expect(() =>
      readCsvRows('a,b\r\n1,2\r\n3,"x\r\ny\r\nz"\r\n4,5\r\n', 'inv/x.csv', [
        'a',
      ]),
    ).toThrow(
      "inv/x.csv, line 3: field 'b' must not contain control characters",
    );
  });

  it.each([
    [
      'CR LF rows below an LF header',
      'a,b\n1,2\r\n3,4\r\n',
      'inv/x.csv, line 2: ends in CR LF where line 1 ends in LF',
    ],
    [
      'LF rows below a CR LF header',
      'a,b\r\n1,2\n3,4\n',
      'inv/x.csv, line 2: ends in LF where line 1 ends in CR LF',
    ],
    [
      'a CR LF row after a cell of two lines',
      'a,b\n1,"x\r\ny"\n3,4\r\n',
      'inv/x.csv, line 4: ends in CR LF where line 1 ends in LF',
    ],
  ])('rejects a file whose lines end in two ways: %s', (_, text, message) => {
    // Act / Assess: it said 'must not contain control characters (got
    // "2\r")' on line 3, or 'has 3 fields where the header has 2'
    expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
      `${message}: the file mixes line ends (rows pasted from another file?), so its rows would be read wrongly; save it again with one kind`,
    );
  });

  it('takes a CR LF file whose cell of two lines breaks with LF, as a spreadsheet writes it, for one kind of line end', () => {
    // Act / Assess: the cell's line break is refused as any control
    // character is, on the row's line; the line ends are not
    expect(() =>
      readCsvRows('a,b\r\n1,"x\ny"\r\n3,4\r\n', 'inv/x.csv', ['a']),
    ).toThrow(
      "inv/x.csv, line 2: field 'b' must not contain control characters",
    );
  });

  it.each([
    ['CR LF rows, a blank LF line appended', 'a,b\r\n1,2\r\n3,4\r\n\n'],
    ['LF rows, a blank CR LF line appended', 'a,b\n1,2\n3,4\n\r\n\n'],
  ])(
    'reads a file whose blank lines after the last row end otherwise: %s',
    (_, text) => {
      // Act
      const rows = readCsvRows(text, 'inv/x.csv', ['a']);

      // Assess: before, 'line 4: ends in LF where line 1 ends in CR LF:
      // … its rows would be read wrongly', where every row read right
      expect(rows).toEqual([
        { line: 2, values: { a: '1', b: '2' } },
        { line: 3, values: { a: '3', b: '4' } },
      ]);
      // The last row's own line end still counts
      expect(() => readCsvRows('a,b\r\n1,2\n\n', 'inv/x.csv', ['a'])).toThrow(
        'inv/x.csv, line 2: ends in LF where line 1 ends in CR LF',
      );
    },
  );
});
