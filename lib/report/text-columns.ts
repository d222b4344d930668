/**
 * Plain-text columns, as the console's summary and the weekly digest lay
 * out a group's figures beneath its name: each column as wide as its
 * header and its widest cell, counted in code points ('×' and '—' are
 * one), so that a cell holding one pads as a terminal or a mail client
 * draws it.
 */

/**
 * Each column's width: the longest of its header and its cells.
 *
 * @param header - the columns' headers
 * @param rows - the rows' cells, one per column
 * @returns one width per column
 * @example
 * columnWidths(['NOW', 'ADD'], [['80.4%', '2 × 10.0 Gbps']]); // [5, 13]
 */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): number[] {
  return header.map((h, i) =>
    rows.reduce((widest, row) => Math.max(widest, width(row[i]!)), width(h)),
  );
}

/**
 * A row's cells padded to their columns' widths, two spaces apart, after
 * an indent, the last cell's padding trimmed.
 *
 * @param indent - the text before the first cell
 * @param cells - the cells, one per column
 * @param widths - the columns' widths (`columnWidths`)
 * @returns the line
 * @example
 * padColumns('  ', ['ok', '80.4%'], [8, 5]); // '  ok        80.4%'
 */
export function padColumns(
  indent: string,
  cells: readonly string[],
  widths: readonly number[],
): string {
  const padded = cells.map((cell, i) =>
    cell.padEnd(widths[i]! + cell.length - width(cell)),
  );
  return `${indent}${padded.join('  ')}`.trimEnd();
}

const width = (text: string) => [...text].length;
