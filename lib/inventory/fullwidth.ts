/**
 * A text with its fullwidth forms of ASCII (U+FF01–U+FF5E: `１００`,
 * `Ｇ`, `，`, typed with a Japanese or Chinese input method) written as
 * ASCII, and nothing else changed: NFKC would also read `10²` as `102`.
 *
 * @param text - a field's text
 * @returns the text in ASCII where it had fullwidth forms
 * @example
 * fromFullwidth('１００Ｇ'); // '100G'
 */
export function fromFullwidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
