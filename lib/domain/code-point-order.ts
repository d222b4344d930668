/**
 * Compares two strings by UTF-16 code units, the order of `<` and of a
 * default `sort()`: the same on every machine and locale, unlike
 * `localeCompare`. (S3 lists keys in UTF-8 byte order, which differs only
 * between characters above U+FFFF and those from U+E000 to U+FFFF; the
 * stores sort what they list in this order.)
 *
 * @returns negative, zero or positive, as a sort comparator
 * @example
 * ['b', 'B', 'a'].sort(compareCodePoints); // ['B', 'a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares texts by UTF-8 byte (code point) order, the order Trino and
 * DuckDB use for `<` on varchar, so that ranges chosen here (shards,
 * backtest batches) mean the same in SQL.
 *
 * @returns negative, zero or positive, as a sort comparator
 * @example
 * ['b', 'a'].sort(compareUtf8); // ['a', 'b']
 */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
