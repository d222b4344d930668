import { describe, expect, it } from 'vitest';
import { readCsvRows } from '#lib/inventory/index';

describe('readCsvRows', () => {
  it('rejects a header that names a column twice, as csv-parse would keep the last', () => {
    // Act / Assess
    expect(() => readCsvRows('a,b,a\n1,2,3\n', 'inv/x.csv', ['a'])).toThrow(
      `inv/x.csv, line 1: field 'a' the header names this column twice ` +
        `(got "a,b,a")`,
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

  it('still rejects a cleared row holding a tab', () => {
    // Act / Assess
    expect(() => readCsvRows('a,b\n1,2\n\t,\n', 'inv/x.csv', ['a'])).toThrow(
      "inv/x.csv, line 3: field 'a' must not contain control characters",
    );
  });
});
