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

  it('rejects a header that names a column twice, as csv-parse would keep the last', () => {
    // Act / Assess
    expect(() => readCsvRows('a,b,a\n1,2,3\n', 'inv/x.csv', ['a'])).toThrow(
      `inv/x.csv, line 1: field 'a' the header names this column twice ` +
        `(got "a,b,a")`,
    );
  });

  it.each([
    [
      'a byte order mark inside the file',
      'Ac\uFEFFme',
      'a byte order mark (U+FEFF) past the file',
    ],
    ['a zero-width space', 'Acme\u200B', 'a zero-width space (U+200B)'],
    ['a line separator', 'Ac\u2028me', 'a line separator (U+2028)'],
    [
      'a no-break space, pasted from a web page or an email',
      'Ac\u00A0me',
      'a no-break space (U+00A0): it looks like a space',
    ],
    ['a narrow no-break space', 'Ac\u202Fme', 'a no-break space (U+202F)'],
    ['a thin space', 'Ac\u2009me', 'a space other than the plain one (U+2009)'],
    [
      'an ideographic space',
      'Ac\u3000me',
      'a space other than the plain one (U+3000)',
    ],
    ['a soft hyphen', 'Ac\u00ADme', 'a soft hyphen (U+00AD): unseen'],
    ['a word joiner', 'Ac\u2060me', 'a word joiner (U+2060): unseen'],
  ])('rejects %s, which makes a name look like another', (_, name, what) => {
    // Prepare: the file's own byte order mark, first, is taken
    const text = `\uFEFFa,isp\n1,Acme\n2,${name}\n`;

    // Act
    const act = () => readCsvRows(text, 'inv/x.csv', ['a']);

    // Assess
    expect(act).toThrow(
      `inv/x.csv, line 3: field 'isp' must not contain ${what}`,
    );
  });

  it.each([
    [
      'a field too many (a comma in a name, not quoted)',
      'isp,asn\nAcme,1\nAcme, Inc.,2\n',
      'has 3 fields where the header has 2 (a comma in a value? quote ' +
        'the field, "Acme, Inc.", and write numbers without separators) ' +
        '(got "Acme, Inc.,2")',
    ],
    [
      'a field too few',
      'isp,asn\r\nAcme,1\r\nAcme\r\n',
      'has 1 field where the header has 2 (got "Acme")',
    ],
  ])('rejects a row of %s, quoting the line', (_, text, problem) => {
    // Act / Assess: csv-parse said "Invalid Record Length: columns length
    // is 2, got 3 on line 3", with no value
    expect(() => readCsvRows(text, 'inv/x.csv', ['isp'])).toThrow(
      `inv/x.csv, line 3: ${problem}`,
    );
  });

  it('rejects a row that repeats the header, a file pasted below another', () => {
    // Prepare: two exports joined, the second with its header
    const text = 'a,b,\r\n1,2,\r\n a ,b,\r\n3,4,\r\n';

    // Act / Assess: it was a row with 'a' and 'b' for values
    expect(() => readCsvRows(text, 'inv/x.csv', ['a'])).toThrow(
      'inv/x.csv, line 3: repeats the header (line 1): the rows of another ' +
        'file pasted in with their header? delete this line (got "a,b,")',
    );
  });

  it('reads a row whose values only partly name the columns', () => {
    // Act
    const rows = readCsvRows('a,b\na,2\n', 'inv/x.csv', ['a']);

    // Assess
    expect(rows).toEqual([{ line: 2, values: { a: 'a', b: '2' } }]);
  });

  it('keeps accepting empty extra columns', () => {
    // Act
    const rows = readCsvRows('a,b,,\n1,2,,\n', 'inv/x.csv', ['a']);

    // Assess
    expect(rows.map((r) => r.values.a)).toEqual(['1']);
  });

  it('skips the rows a spreadsheet writes for cleared cells, as it skips blank lines', () => {
    // Prepare: a row cleared in the middle, two cleared rows at the end
    const text = 'a,b,c\r\n1,2,3\r\n,,\r\n4,5,6\r\n , ,\r\n,,\r\n';

    // Act
    const rows = readCsvRows(text, 'inv/x.csv', ['a']);

    // Assess
    expect(rows).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
      { line: 4, values: { a: '4', b: '5', c: '6' } },
    ]);
  });

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

  it('still rejects a cleared row holding a tab', () => {
    // Act / Assess
    expect(() => readCsvRows('a,b\n1,2\n\t,\n', 'inv/x.csv', ['a'])).toThrow(
      "inv/x.csv, line 3: field 'a' must not contain control characters",
    );
  });
});
