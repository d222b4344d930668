/**
 * Compares two strings by UTF-16 code units, the order of `<`, of a
 * default `sort()` and of S3's key listing: the same on every machine
 * and locale, unlike `localeCompare`.
 *
 * @returns negative, zero or positive, as a sort comparator
 * @example
 * ['b', 'B', 'a'].sort(compareCodePoints); // ['B', 'a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
