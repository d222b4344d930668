import { EMAIL_WIDTH, wrapText } from './wrap-text.ts';

/** Width of the label column, so values line up in a monospace client. */
const LABEL = 18;

/**
 * The indent of a value's lines after its first: two past the value
 * column, so that a wrapped tail does not read as a row of its own (the
 * rows an empty label continues, such as a second planned augment, start
 * at the value column).
 */
const HANGING = ' '.repeat(3 + LABEL + 2);

/**
 * One labelled row of a group's paragraph in an alert email, indented,
 * its value in the column after the labels; an empty label continues the
 * row above. A value too long for the email's width (`EMAIL_WIDTH`)
 * wraps at spaces onto lines indented past the value column, so that a
 * mail client does not wrap it at its window's edge under the labels.
 *
 * @param label - e.g. 'Order by', or '' for a continuation
 * @param value - the text
 * @returns the row: one line, or more when its value wraps
 * @example
 * emailRow('Now', 'p95 8 Gbps of 10 Gbps = 80.0%');
 * // '   Now:              p95 8 Gbps of 10 Gbps = 80.0%'
 */
export function emailRow(label: string, value: string): string {
  const head = label === '' ? '' : `${label}:`;
  return wrapText(value, `   ${head.padEnd(LABEL)}`, HANGING).join('\n');
}

/**
 * One item of a list in an email ("resolved", "not judged", handover):
 * '- ' and the text, wrapped at the email's width (`EMAIL_WIDTH`) onto
 * lines indented two, under its first word, so that a mail client does
 * not wrap it at its window's edge.
 *
 * @param text - the item, on one line
 * @returns its lines, each ending in a newline
 * @example
 * emailItem('LHR1 pni (Acme/LHR1/pni): now ok.'); // '- LHR1 pni (Acme/LHR1/pni): now ok.\n'
 */
export function emailItem(text: string): string {
  return `${wrapText(text, '- ', '  ').join('\n')}\n`;
}

/**
 * A labelled row whose value is a link, in angle brackets as RFC 3986
 * (appendix C) has URIs in plain text: in the value column where the row
 * fits the email's width (`EMAIL_WIDTH`), else alone on the line beneath,
 * two in from the label, whole. In the value column a link of 110
 * characters made a row of 131, which mail clients wrapped inside it.
 *
 * @param label - e.g. 'Report'
 * @param link - the URL
 * @returns the row: one line, or the label's and the link's
 * @example
 * emailLinkRow('Report', 'https://r.example/reports/2026-11-26/isp/acme.html#g-acme-lhr1-pni-8ab544b8');
 * // '   Report:\n     <https://r.example/…#g-acme-lhr1-pni-8ab544b8>'
 */
export function emailLinkRow(label: string, link: string): string {
  const row = emailRow(label, `<${link}>`);
  return [...row].length <= EMAIL_WIDTH ? row : `   ${label}:\n     <${link}>`;
}
