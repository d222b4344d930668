/** Width of the label column, so values line up in a monospace client. */
const LABEL = 18;

/**
 * One labelled line of a group's paragraph in an alert email, indented,
 * its value in the column after the labels; an empty label continues the
 * line above.
 *
 * @param label - e.g. 'Order by', or '' for a continuation
 * @param value - the text
 * @returns the line
 * @example
 * emailRow('Now', 'p95 8 Gbps of 10 Gbps = 80.0%');
 * // '   Now:              p95 8 Gbps of 10 Gbps = 80.0%'
 */
export function emailRow(label: string, value: string): string {
  const head = label === '' ? '' : `${label}:`;
  return `   ${head.padEnd(LABEL)}${value}`;
}
