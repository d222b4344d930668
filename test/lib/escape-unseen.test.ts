import { describe, expect, it } from 'vitest';
import { escapeUnseen } from '#lib/escape-unseen';
import { formatInputMessage, quoted } from '#lib/input-message';

describe('escapeUnseen', () => {
  it.each([
    ['a zero-width space', 'a1\u200b', 'a1\\u200b'],
    ['a no-break space', 'Acme\u00a0IX', 'Acme\\u00a0IX'],
    ['a zero-width joiner', 'a\u200db', 'a\\u200db'],
    ['a right-to-left override', 'evil\u202etxt.exe', 'evil\\u202etxt.exe'],
    ['a byte order mark', '\ufeffid', '\\ufeffid'],
    ['a tab and a line break', 'a\tb\n', 'a\\tb\\n'],
    ['a tag character, past U+FFFF', 'a\u{e0041}', 'a\\udb40\\udc41'],
    ['a Hangul filler', 'a\u3164', 'a\\u3164'],
  ])('writes %s as its escape', (_, text, shown) => {
    // Act / Assess
    expect(escapeUnseen(text)).toBe(shown);
  });

  it('leaves plain spaces and visible letters of any script alone', () => {
    // Act / Assess
    expect(escapeUnseen('Türk Telekom МТС 中国电信 \u00e9')).toBe(
      'Türk Telekom МТС 中国电信 \u00e9',
    );
  });

  it.each([
    ['an emoji ZWJ sequence', '\u{1f468}\u200d\u{1f4bb} Ops'],
    ['an emoji with its presentation selector', 'Cloud \u2601\ufe0f'],
    [
      'a flag of tag characters',
      '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}',
    ],
    ['a keycap', '#\ufe0f\u20e3'],
    [
      'a Persian name with its ZWNJ',
      '\u0627\u06cc\u0631\u0627\u0646\u200c\u0633\u0644',
    ],
    ['a Hindi conjunct with its ZWJ', '\u0915\u094d\u200d\u0937'],
    ['a Sinhala name with its ZWJ', '\u0dc1\u0dca\u200d\u0dbb\u0dd3'],
  ])('leaves %s as written: the joiner is part of what one sees', (_, text) => {
    // Act / Assess: it read "\u{1f468}\u200d\u{1f4bb}" in a message,
    // and in the overview's sentence on links not in the inventory
    expect(escapeUnseen(text)).toBe(text);
  });

  it.each([
    ['a joiner after a space', 'Jio \u200d', 'Jio \\u200d'],
    ['a joiner between Latin letters', 'Jio\u200dNet', 'Jio\\u200dNet'],
    [
      'a ZWNJ at the end of a Persian name',
      '\u0633\u0644\u200c',
      '\u0633\u0644\\u200c',
    ],
    ['a selector after a letter', 'a\ufe0f', 'a\\ufe0f'],
    [
      'a right-to-left mark in a Hebrew name',
      '\u05d1\u05d6\u05e7\u200f',
      '\u05d1\u05d6\u05e7\\u200f',
    ],
  ])('still escapes %s', (_, text, shown) => {
    // Act / Assess
    expect(escapeUnseen(text)).toBe(shown);
  });

  it("keeps JSON's own escapes valid JSON, read back as the text", () => {
    // Prepare
    const text = 'a\u200b"\n\u00a0';

    // Act
    const shown = escapeUnseen(JSON.stringify(text));

    // Assess
    expect(shown).toBe('"a\\u200b\\"\\n\\u00a0"');
    expect(JSON.parse(shown)).toBe(text);
  });
});

describe('formatInputMessage and unseen characters', () => {
  it('escapes them in the field and in the value', () => {
    // Act
    const message = formatInputMessage('links.csv', 'must be a number', {
      line: 7,
      field: 'capacity_bps\u200b',
      value: '10\u00a0000',
    });

    // Assess: both read as plain text before
    expect(message).toBe(
      "links.csv, line 7: field 'capacity_bps\\u200b' must be a number " +
        '(got "10\\u00a0000")',
    );
  });
});

describe('quoted, cut at 200 characters', () => {
  it('cuts before an emoji rather than through it', () => {
    // Prepare: an id whose 200th UTF-16 unit is the first half of 😀
    const id = `${'a'.repeat(199)}\u{1f600}tail`;

    // Act
    const shown = quoted(id);

    // Assess: it ended in "\ud83d…", half a character shown as an escape
    expect(shown).toBe(`${'a'.repeat(199)}…`);
  });
});
