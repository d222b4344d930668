import { describe, expect, it } from 'vitest';
import { escapeUnseen } from '#lib/escape-unseen';
import { formatInputMessage } from '#lib/input-message';

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
