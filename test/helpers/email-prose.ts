/**
 * An email's text with each row's value back on one line: a row of an
 * alert too long for the email's width continues on lines indented two
 * past the value column (`emailRow`), and an item of a list ("resolved",
 * "not judged", handover) on lines indented two (`emailItem`); this joins
 * each with a space, so that a test can look for a value's words wherever
 * the row wrapped.
 *
 * @param text - the email as sent
 * @returns the text with wrapped rows joined
 * @example
 * emailProse('   Now what:         Order\n                       today');
 * // '   Now what:         Order today'
 * emailProse('- LHR1 pni (Acme/LHR1/pni): now\n  ok.'); // '- LHR1 pni (Acme/LHR1/pni): now ok.'
 */
export const emailProse = (text: string): string =>
  text
    .replace(/\n {23}(?=\S)/g, ' ')
    .replace(/^- .*(?:\n {2}\S.*)+/gm, (item) => item.replace(/\n {2}/g, ' '));
