import { describe, expect, it } from 'vitest';
import { readCsvRows } from '#lib/inventory/index';

describe('readCsvRows', () => {
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
    [
      'a right-to-left override (the name read backwards)',
      '\u202EAcme',
      'a bidirectional control (U+202E): unseen, it reorders the text drawn after it',
    ],
    [
      'a left-to-right isolate',
      'Acme\u2066',
      'a bidirectional control (U+2066): unseen, it reorders the text drawn after it',
    ],
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
});
