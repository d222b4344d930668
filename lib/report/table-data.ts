/**
 * The data behind a large table of the report: every row's cells as HTML
 * with its text and its sort keys, which the page's script sorts, filters
 * and pages through without reading the DOM (lib/report/page-script.ts).
 */

/** Rows a table shows at first; a larger one keeps the rest in its data. */
export const SHOWN_ROWS = 200;

/** Rows turned into text at a time when a table is rendered in pieces. */
export const CHUNK = 1_000;

/** One row as the page's script reads it. */
export interface RowData {
  /** The row's cells, as HTML (the `<tr>`'s content). */
  readonly html: string;
  /** The row's text, as its `textContent`. */
  readonly text: string;
  /** Per column, what the script sorts on: the cell's `data-v`, or its
   * text trimmed and in lower case. */
  readonly keys: readonly string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * The text of a cell's HTML, as the browser's `textContent` reads it:
 * tags dropped, character references decoded (the report writes only
 * `escapeHtml`'s and numeric ones).
 *
 * @param html - a cell's content, as the report writes it
 * @returns its text
 * @example
 * cellText('76.0%<span class="sub">p95 &lt;1 Gbps</span>'); // '76.0%p95 <1 Gbps'
 */
export function cellText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(
        Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10),
      );
    });
}

/**
 * A table's data as an inline JSON script (`<script type="application/json"
 * id="<table id>-rows">`), one array `[html, text, ...keys]` per row, in
 * pieces of a thousand rows. The script's text never closes the element
 * early: `</` is written `<\/`, `<!--` as `<\u0021--`, both the same
 * strings to `JSON.parse`.
 *
 * @param id - the table's id
 * @param rows - the rows, in the table's order
 * @param toData - makes one row's data
 * @returns the pieces
 * @example
 * [...tableDataPieces('t', [1], () => ({ html: '<td>1</td>', text: '1',
 *   keys: ['1'] }))].join('');
 * // '<script type="application/json" id="t-rows">[["<td>1<\/td>","1","1"]]</script>'
 */
export function* tableDataPieces<T>(
  id: string,
  rows: readonly T[],
  toData: (row: T) => RowData,
): Generator<string> {
  yield `<script type="application/json" id="${id}-rows">[`;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const text = rows
      .slice(at, at + CHUNK)
      .map((r) => {
        const d = toData(r);
        return JSON.stringify([d.html, d.text, ...d.keys]);
      })
      .join(',')
      .replaceAll('</', '<\\/')
      .replaceAll('<!--', '<\\u0021--');
    yield at === 0 ? text : `,${text}`;
  }
  yield ']</script>';
}
