/**
 * The order the report's page script sorts a column in
 * (lib/report/page-script.ts): blanks last both ways, numbers as
 * numbers, other keys as text. Browser tests set the rows a page shows
 * beside it.
 *
 * @param keys - a column's sort keys (a cell's `data-v`, or its text)
 * @param up - ascending
 * @returns the keys sorted
 * @example
 * sortedAsPage(['2', '', '10'], false); // ['10', '2', '']
 */
export function sortedAsPage(keys: readonly string[], up: boolean): string[] {
  return [...keys].sort((a, b) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    const [x, y] = [Number(a), Number(b)];
    const text = a < b ? -1 : a > b ? 1 : 0;
    const r = Number.isNaN(x) || Number.isNaN(y) ? text : x - y;
    return up ? r : -r;
  });
}
