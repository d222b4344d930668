import { describe, expect, it } from 'vitest';
import { decodeUtf8, notUtf8 } from '#lib/decode-utf8';
import { ConfigError, InputError } from '#lib/errors';

/** Bytes of texts and raw bytes, in order. */
const bytesOf = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))),
  );

describe('decodeUtf8', () => {
  it('gives the text of ASCII and UTF-8 bytes, a byte order mark and a real U+FFFD kept', () => {
    // Prepare
    const texts = ['a,b\n1,2\n', '\uFEFFsite\nZürich \uFFFD\n', ''];

    // Act
    const decoded = texts.map((t) => decodeUtf8(Buffer.from(t), 'in.csv'));

    // Assess
    expect(decoded).toEqual(texts);
  });

  it('names the line, the bad byte, its character and offset, after a real U+FFFD', () => {
    // Prepare: a Latin-1 é on line 3, a U+FFFD written as UTF-8 before it
    const bytes = bytesOf('isp\n\uFFFD ok\nThames F', [0xe9], 'bre\r\nx\n');

    // Act
    const act = () => decodeUtf8(bytes, 'links.csv');

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(
      'links.csv, line 3: is not UTF-8 text: byte 0xE9 at character 9 ' +
        'of the line (offset 19 in the file); save it as UTF-8 ' +
        '(got "Thames F\uFFFDbre")',
    );
  });

  it('names line 1 and quotes it when the first byte of the file is the bad one', () => {
    // Prepare: a Latin-1 É as the file's first byte, a line after it
    const bytes = bytesOf([0xc9], 'cole,1\nx,2\n');

    // Act
    const act = () => decodeUtf8(bytes, 'links.csv');

    // Assess
    expect(act).toThrow(
      'links.csv, line 1: is not UTF-8 text: byte 0xC9 at character 1 ' +
        'of the line (offset 0 in the file); save it as UTF-8 ' +
        '(got "\uFFFDcole,1")',
    );
  });

  it.each([
    [
      'with its byte order mark',
      Buffer.from('\uFEFFlink_id,isp\nl1,A\n', 'utf16le'),
    ],
    [
      'without a byte order mark',
      Buffer.from('link_id,isp\nl1,A\n', 'utf16le'),
    ],
    ['big-endian', Buffer.from('\uFEFFlink_id\n', 'utf16le').swap16()],
  ])('says a file saved as UTF-16 (%s) is UTF-16, on line 1', (_, bytes) => {
    // Act
    const act = () => decodeUtf8(bytes, 'links.csv');

    // Assess
    expect(act).toThrow(
      'links.csv, line 1: is UTF-16 text (a spreadsheet\'s "Unicode ' +
        'Text"), not UTF-8: save it as "CSV UTF-8"',
    );
  });

  it('tells a JSON file saved as UTF-16 to save it as UTF-8, not as CSV', () => {
    // Prepare
    const bytes = Buffer.from('{"horizonDays": 400}', 'utf16le');

    // Act
    const act = () => decodeUtf8(bytes, 'headroom.json', ConfigError);

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(
      'headroom.json, line 1: is UTF-16 text, not UTF-8: save it as UTF-8',
    );
    expect(act).not.toThrow(/CSV|spreadsheet/);
  });

  it('names the line and offset of a NUL byte in a file that is not UTF-16', () => {
    // Prepare
    const bytes = bytesOf('a,b\n1,', [0x00], '2\n');

    // Act
    const act = () => decodeUtf8(bytes, 'in.csv');

    // Assess
    expect(act).toThrow(
      'in.csv, line 2: is not UTF-8 text: byte 0x00 at character 3 of the line ' +
        '(offset 6 in the file); save it as UTF-8 (got "1,\\u00002")',
    );
  });

  it('throws the error class it is given', () => {
    // Prepare
    const bytes = bytesOf('{"a": "', [0xff], '"}');

    // Act
    const act = () => decodeUtf8(bytes, 'headroom.json', ConfigError);

    // Assess
    expect(act).toThrow(ConfigError);
  });

  it("names a piece of a file by the piece's first line and byte, quoting around the bad byte", () => {
    // Prepare: a long line whose bad byte is at character 101
    const bytes = bytesOf(
      'a\n',
      'x'.repeat(100),
      [0xc3, 0x28],
      'y'.repeat(100),
    );

    // Act
    const error = notUtf8(bytes, 'in.csv', { line: 41, byte: 1000 });

    // Assess
    expect(error).toEqual(
      new InputError(
        'in.csv',
        'is not UTF-8 text: byte 0xC3 at character 101 of the line ' +
          '(offset 1102 in the file); save it as UTF-8',
        {
          line: 42,
          value: `…${'x'.repeat(40)}\uFFFD(${'y'.repeat(38)}`,
        },
      ),
    );
  });
});
