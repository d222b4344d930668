/**
 * Characters an inventory field must not hold: control characters (a tab,
 * a line break inside a field: they split headers in emails and keys in
 * SQL), and characters a spreadsheet shows as nothing or as a plain space
 * but that make a name differ from one that looks the same, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reorder the text drawn after them: an ISP named
 * with a right-to-left override read backwards on the pages, in emails
 * and on the console, with the rest of its line (an Arabic or Hebrew
 * name needs none; the marks U+200E and U+200F are allowed). 'Acme' and
 * 'Acme' + U+200B were two ISPs; 'Helvetic Link' typed once with a
 * no-break space (pasted from a web page or an email) made a second ISP
 * and group of that name, with its own pages and a false alert.
 *
 * @example
 * UNSEEN_CHARACTER.exec('Ac\u00A0me')?.[0]; // '\u00A0'
 */
export const UNSEEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point
  /[\u0000-\u001f\u007f-\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]/;

const LOOKS_LIKE_A_SPACE =
  'it looks like a space, but makes a name differ from one typed with a space';
const UNSEEN = 'unseen, it makes a name differ from one that looks the same';

/** What the message calls a character other than a control character. */
const NAMES: Readonly<Record<string, string>> = {
  '\u00a0': `a no-break space (U+00A0): ${LOOKS_LIKE_A_SPACE}`,
  '\u202f': `a no-break space (U+202F): ${LOOKS_LIKE_A_SPACE}`,
  '\u00ad': `a soft hyphen (U+00AD): ${UNSEEN}`,
  '\u200b': `a zero-width space (U+200B): ${UNSEEN}`,
  '\u2060': `a word joiner (U+2060): ${UNSEEN}`,
  // U+2028 in an email or a JavaScript string breaks the line.
  '\u2028': 'a line separator (U+2028)',
  '\u2029': 'a paragraph separator (U+2029)',
  ...Object.fromEntries(
    [...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'].map((c) => [
      c,
      `a bidirectional control (U+${c.codePointAt(0)!.toString(16).toUpperCase()}): unseen, it reorders the text drawn after it`,
    ]),
  ),
  // A byte order mark is taken only first in the file: inside it, it is
  // another file's, pasted on.
  '\ufeff':
    "a byte order mark (U+FEFF) past the file's start: is another file pasted in?",
};

/**
 * What a field must not contain, for the message: the character's name
 * and why, or control characters in general.
 *
 * @param character - a character `UNSEEN_CHARACTER` matched
 * @returns the problem, after "must not contain"
 * @example
 * unseenCharacterName('\u2009');
 * // 'a space other than the plain one (U+2009): it looks like a space, …'
 */
export function unseenCharacterName(character: string): string {
  const named = NAMES[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0)!;
  if (code < 0x2000) return 'control characters (tab, line break, …)';
  const hex = code.toString(16).toUpperCase();
  return `a space other than the plain one (U+${hex}): ${LOOKS_LIKE_A_SPACE}`;
}
