/**
 * Sliding windows kept sorted: one removal and one insertion per step
 * instead of sorting every window again.
 */

/**
 * Replace `out` (which must be present) by `inn` in the ascending
 * `buf[0..n)`, keeping it ascending.
 *
 * @param buf - sorted window
 * @param n - window length in use
 * @param out - value leaving
 * @param inn - value entering
 * @example
 * const w = Float64Array.of(1, 3, 5); slideSorted(w, 3, 1, 4); // w = 3,4,5
 */
export function slideSorted(
  buf: Float64Array,
  n: number,
  out: number,
  inn: number,
): void {
  let j = indexIn(buf, n, out);
  while (j > 0 && buf[j - 1]! > inn) {
    buf[j] = buf[j - 1]!;
    j -= 1;
  }
  while (j < n - 1 && buf[j + 1]! < inn) {
    buf[j] = buf[j + 1]!;
    j += 1;
  }
  buf[j] = inn;
}

/**
 * Remove `out` (which must be present) from the ascending `buf[0..n)`;
 * the window is then `buf[0..n-1)`.
 *
 * @param buf - sorted window
 * @param n - window length in use
 * @param out - value leaving
 * @example
 * const w = Float64Array.of(1, 3, 5); removeSorted(w, 3, 3); // w = 1,5,…
 */
export function removeSorted(buf: Float64Array, n: number, out: number) {
  for (let j = indexIn(buf, n, out); j < n - 1; j += 1) {
    buf[j] = buf[j + 1]!;
  }
}

/**
 * Position of `x` in the ascending `buf[0..n)` (a plain loop: no subarray
 * object), scanned from the nearer end: from the start for values up to
 * the middle one, else from the end. Equal values other than zeros have
 * the same bits, so which copy is found changes no window; a zero (whose
 * copies may differ in sign) is sought from the start, as it always was.
 */
function indexIn(buf: Float64Array, n: number, x: number): number {
  if (x === 0 || !(x > buf[n >> 1]!)) {
    let j = 0;
    while (j < n - 1 && buf[j] !== x) j += 1;
    return j;
  }
  let j = n - 1;
  while (j > 0 && buf[j] !== x) j -= 1;
  return j;
}
