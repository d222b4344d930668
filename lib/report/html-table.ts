import { escapeHtml } from './format.ts';
import { keepFiguresWhole } from './keep-whole.ts';
import {
  CHUNK,
  cellText,
  type RowData,
  SHOWN_ROWS,
  tableDataPieces,
} from './table-data.ts';

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
  /**
   * Adds a text box that filters rows, its placeholder what this table
   * holds ('ISP, region, severity'; all said 'ISP, site, severity').
   */
  readonly filter?: string;
  /** The file that holds every row, named under a table too long to
   * show whole (e.g. 'groups.csv'). */
  readonly allIn?: string;
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
  return [...tablePieces(parts)].join('');
}

/**
 * `renderTable`'s HTML in pieces, a thousand rows at a time, each row
 * made only when its piece is: a page of a large fleet streams into the
 * store without its table ever whole (docs/architecture.md "Publish's
 * memory"). A table of more than {@link SHOWN_ROWS} rows shows its first
 * ones, says how many there are, and keeps every row in its data
 * (`tableDataPieces`), from which the page's script sorts, filters and
 * shows more: a fleet's 16,000 rows in the DOM took a browser tens of
 * seconds to open and to sort (docs/benchmarks.md, `bench:overview`).
 *
 * @param parts - id, caption, columns, rows, filter
 * @returns the pieces, which joined are `renderTable(parts)`
 * @example
 * [...tablePieces({ id: 'isps', caption: 'ISPs', rows, columns })].join('');
 */
export function* tablePieces<T>(parts: TableParts<T>): Generator<string> {
  const { id, columns, rows } = parts;
  const long = rows.length > SHOWN_ROWS;
  const shown = long ? rows.slice(0, SHOWN_ROWS) : rows;
  const head = columns
    .map((c) => {
      const cls = c.kind === 'num' ? ' class="num"' : '';
      const title =
        c.title === undefined ? '' : ` title="${escapeHtml(c.title)}"`;
      return `<th scope="col"${cls}><button type="button"${title}>${escapeHtml(c.header)}</button></th>`;
    })
    .join('');
  const count = long ? `${shown.length} of ${rows.length}` : rows.length;
  const tools = parts.filter
    ? `<div class="tools"><label>Filter <input type="search" data-filter="${id}" aria-controls="${id}" placeholder="${escapeHtml(parts.filter)}…"></label><output aria-live="polite">${count} shown</output></div>`
    : '';
  yield `${tools}<div class="scroll"><table id="${id}" class="sortable stack">\
<caption>${keepFiguresWhole(escapeHtml(parts.caption))}</caption><thead><tr>${head}</tr></thead>
<tbody>
`;
  for (let at = 0; at < shown.length; at += CHUNK) {
    const text = shown
      .slice(at, at + CHUNK)
      .map((r) => `<tr>${cells(columns, r).join('')}</tr>`)
      .join('\n');
    yield at === 0 ? text : `\n${text}`;
  }
  yield `
</tbody></table></div>`;
  if (!long) return;
  yield moreNote(parts);
  yield* tableDataPieces(id, rows, (r) => rowData(columns, r));
}

/** Under a long table: how many rows it shows, where all are, and the
 * buttons that show more (which the script enables). */
function moreNote<T>(parts: TableParts<T>): string {
  const { id, rows } = parts;
  const all =
    parts.allIn === undefined
      ? ''
      : ` (all in <a href="${escapeHtml(parts.allIn)}">${escapeHtml(parts.allIn)}</a>)`;
  return `<p class="more" data-more="${id}"><span>The first ${SHOWN_ROWS} of \
${rows.length} rows</span>${all}. <button type="button" data-show="${SHOWN_ROWS}" \
aria-controls="${id}" disabled>Show ${SHOWN_ROWS} more</button> <button \
type="button" data-show="all" aria-controls="${id}" disabled>Show all \
${rows.length}</button></p>`;
}

/** A row's data for the script: its cells, text and sort keys. */
function rowData<T>(columns: readonly Column<T>[], row: T): RowData {
  const inner = columns.map((c) => c.cell(row));
  const texts = inner.map(cellText);
  return {
    html: cells(columns, row, inner).join(''),
    text: texts.join(''),
    keys: columns.map((c, i) =>
      c.sort === undefined
        ? texts[i]!.trim().toLowerCase()
        : String(c.sort(row) ?? ''),
    ),
  };
}

function cells<T>(
  columns: readonly Column<T>[],
  row: T,
  inner = columns.map((c) => c.cell(row)),
): string[] {
  return columns.map((c, i) => {
    const tag = c.rowHeader ? 'th scope="row"' : 'td';
    const cls = c.kind === undefined ? '' : ` class="${c.kind}"`;
    const v = c.sort?.(row);
    const data =
      c.sort === undefined ? '' : ` data-v="${escapeHtml(String(v ?? ''))}"`;
    // The label shows beside the value when a narrow screen stacks cells.
    const label = ` data-label="${escapeHtml(c.header)}"`;
    return `<${tag}${cls}${data}${label}>${inner[i]}</${c.rowHeader ? 'th' : 'td'}>`;
  });
}
