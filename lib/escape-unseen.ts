/**
 * Characters a message writes as an escape: control characters, format
 * characters (zero-width spaces and joiners, soft hyphens, bidirectional
 * marks and overrides, which reorder the text around them, a byte order
 * mark, tags), line and paragraph separators, spaces other than the plain
 * one (a no-break space looks like one), lone surrogates, and the other
 * characters Unicode lets a font draw as nothing (a combining grapheme
 * joiner, variation selectors, Hangul fillers, the blank Braille pattern).
 * A superset of `UNSEEN_CHARACTER`, which inventory fields must not hold:
 * these are only shown, wherever they are allowed.
 */
const UNSEEN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each alone
  /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/gu;

/**
 * The scripts that write a zero-width joiner or non-joiner (U+200D,
 * U+200C) inside a word, where it changes the letters drawn: Persian
 * (Irancell, `ایران\u200cسل`), a Devanagari or Sinhala conjunct
 * (`क्\u200dष`; `ශ්\u200dරී`, Sri).
 */
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Khmer',
  'Myanmar',
];
const JOINING_LETTER = `[[\\p{L}\\p{M}]&&[${JOINING_SCRIPTS.map((s) => `\\p{scx=${s}}`).join('')}]]`;

/**
 * What is written as it is though it holds an unseen character, the
 * character being part of what one sees: an emoji sequence (a ZWJ
 * sequence, `\u{1f468}\u200d\u{1f4bb}`; one with its presentation
 * selector, `\u2601\ufe0f`; a flag of tag characters: Unicode's RGI
 * emoji, as a font draws them) and a joiner
 * between two letters of a script that writes one. Elsewhere (`Jio` and
 * a joiner, a mark after a Hebrew name) it is escaped.
 */
const KEPT = `\\p{RGI_Emoji}|(?<=${JOINING_LETTER})[\\u200c\\u200d](?=${JOINING_LETTER})`;
// The `v` flag (sets of strings, class intersection) in a RegExp built
// at run time: Node 20 has it, TypeScript's ES2023 target does not.
const SHOWN = new RegExp(`(${KEPT})|${UNSEEN.source}`, 'gv');

/** The short escapes JSON writes, kept so a message reads as JSON does. */
const SHORT: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/**
 * User-supplied text as a message quotes it: each character one would not
 * see written as its escape (`\u200b`, `\t`; a character beyond U+FFFF as
 * its two UTF-16 escapes, as JSON writes it), so that a link id, a folder
 * or a column name that differs from another by a zero-width space reads
 * differently in the message; an emoji or a joiner inside a Persian or
 * Hindi word is left as written (`KEPT`). Text that is JSON already (from
 * `JSON.stringify`) stays valid JSON: JSON escapes the control
 * characters, and these escapes are JSON's.
 *
 * @param text - the text to show
 * @returns the text with unseen characters escaped
 * @example
 * escapeUnseen('a1\u200b'); // 'a1\\u200b', read "a1\u200b"
 */
export function escapeUnseen(text: string): string {
  return text.replace(
    SHOWN,
    (c, kept?: string) =>
      kept ??
      SHORT[c] ??
      Array.from(
        { length: c.length },
        (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`,
      ).join(''),
  );
}
