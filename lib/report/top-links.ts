import type { LinkQuality } from '#lib/domain/quality';

/**
 * The links with the most findings, as the overview lists them: `kept`
 * (the top so far, most findings first) with `rows` (the rows that come
 * after them in the report) taken in, at most `n`; a tie keeps the
 * earlier row first, as a stable sort of every row by count does. Rows
 * given a page at a time, so that the whole report's rows are never held
 * (docs/architecture.md "Publish's memory"): most are turned away by one
 * comparison with the last kept.
 *
 * @param kept - the top rows so far (`[]` at first)
 * @param rows - the next rows, in the report's order
 * @param n - how many to keep
 * @returns the new top rows, most findings first
 * @example
 * addTopLinks([], rows, 20); // the 20 rows of the highest counts
 */
export function addTopLinks(
  kept: readonly LinkQuality[],
  rows: readonly LinkQuality[],
  n: number,
): LinkQuality[] {
  if (n <= 0) return [];
  const top = [...kept];
  for (const row of rows) {
    // A count no higher than the last kept's comes after it: not kept.
    if (top.length === n && row.count <= top[n - 1]!.count) continue;
    top.splice(placeOf(top, row.count), 0, row);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Where a row of `count` goes: after every kept row of a count as high. */
function placeOf(top: readonly LinkQuality[], count: number): number {
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (top[middle]!.count >= count) low = middle + 1;
    else high = middle;
  }
  return low;
}
