/**
 * An alert email's text with each row's value back on one line: a row
 * too long for the email's width continues on lines indented two past
 * the value column (`emailRow`), which this joins with a space, so that a
 * test can look for a value's words wherever the row wrapped.
 *
 * @param text - the email as sent
 * @returns the text with wrapped rows joined
 * @example
 * emailProse('   Now what:         Order\n                       today');
 * // '   Now what:         Order today'
 */
export const emailProse = (text: string): string =>
  text.replace(/\n {23}(?=\S)/g, ' ');
