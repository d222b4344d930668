import { escapeHtml } from './format.ts';

/** One column of a sortable table. */
export interface Column<T> {
  readonly header: string;
  /** The cell's content, already HTML. */
  readonly cell: (row: T) => string;
  /** Sort key when the text is not one (numbers, dates; '' sorts last). */
  readonly sort?: (row: T) => string | number | undefined;
  /** Numbers align right; dates do not wrap. */
  readonly kind?: 'num' | 'date';
  /** The column names the row (`<th scope="row">`). */
  readonly rowHeader?: boolean;
  /** What the column holds, shown when the pointer rests on its header. */
  readonly title?: string;
}

/** A table to render. */
export interface TableParts<T> {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  /** Adds a text box that filters rows. */
  readonly filter?: boolean;
}

/** Rows turned into text at a time when a table is rendered in pieces. */
const CHUNK = 1_000;

/**
 * Renders an accessible, sortable table: a caption, `<th scope="col">`
 * headers with sort buttons, and optionally a filter box.
 *
 * @param parts - id, caption, columns, rows, filter
 * @returns the HTML
 * @example
 * renderTable({ id: 'isps', caption: 'ISPs', rows, columns: [
 *   { header: 'ISP', cell: (r) => r.isp, rowHeader: true }] });
 */
export function renderTable<T>(parts: TableParts<T>): string {
  return [...tablePieces(parts)].join('');
}

/**
 * `renderTable`'s HTML in pieces, a thousand rows at a time, each row
 * made only when its piece is: a page of a large fleet streams into the
 * store without its table ever whole (docs/architecture.md "Publish's
 * memory").
 *
 * @param parts - id, caption, columns, rows, filter
 * @returns the pieces, which joined are `renderTable(parts)`
 * @example
 * [...tablePieces({ id: 'isps', caption: 'ISPs', rows, columns })].join('');
 */
export function* tablePieces<T>(parts: TableParts<T>): Generator<string> {
  const { id, columns, rows } = parts;
  const head = columns
    .map((c) => {
      const cls = c.kind === 'num' ? ' class="num"' : '';
      const title =
        c.title === undefined ? '' : ` title="${escapeHtml(c.title)}"`;
      return `<th scope="col"${cls}><button type="button"${title}>${escapeHtml(c.header)}</button></th>`;
    })
    .join('');
  const tools = parts.filter
    ? `<div class="tools"><label>Filter <input type="search" data-filter="${id}" aria-controls="${id}" placeholder="ISP, site, severity…"></label><output aria-live="polite">${rows.length} shown</output></div>`
    : '';
  yield `${tools}<div class="scroll"><table id="${id}" class="sortable stack">\
<caption>${escapeHtml(parts.caption)}</caption><thead><tr>${head}</tr></thead>
<tbody>
`;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const text = rows
      .slice(at, at + CHUNK)
      .map((r) => `<tr>${cells(columns, r)}</tr>`)
      .join('\n');
    yield at === 0 ? text : `\n${text}`;
  }
  yield `
</tbody></table></div>`;
}

function cells<T>(columns: readonly Column<T>[], row: T): string {
  return columns
    .map((c) => {
      const tag = c.rowHeader ? 'th scope="row"' : 'td';
      const cls = c.kind === undefined ? '' : ` class="${c.kind}"`;
      const v = c.sort?.(row);
      const data =
        c.sort === undefined ? '' : ` data-v="${escapeHtml(String(v ?? ''))}"`;
      // The label shows beside the value when a narrow screen stacks cells.
      const label = ` data-label="${escapeHtml(c.header)}"`;
      return `<${tag}${cls}${data}${label}>${c.cell(row)}</${c.rowHeader ? 'th' : 'td'}>`;
    })
    .join('');
}
