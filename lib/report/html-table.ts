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
  const { id, columns, rows } = parts;
  const head = columns
    .map((c) => {
      const cls = c.kind === 'num' ? ' class="num"' : '';
      const title =
        c.title === undefined ? '' : ` title="${escapeHtml(c.title)}"`;
      return `<th scope="col"${cls}><button type="button"${title}>${escapeHtml(c.header)}</button></th>`;
    })
    .join('');
  const body = rows.map((r) => `<tr>${cells(columns, r)}</tr>`).join('\n');
  const tools = parts.filter
    ? `<div class="tools"><label>Filter <input type="search" data-filter="${id}" aria-controls="${id}" placeholder="ISP, site, severity…"></label><output aria-live="polite">${rows.length} shown</output></div>`
    : '';
  return `${tools}<div class="scroll"><table id="${id}" class="sortable stack">\
<caption>${escapeHtml(parts.caption)}</caption><thead><tr>${head}</tr></thead>
<tbody>
${body}
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
