/**
 * Cholesky factorisation and solve in place, shared by least squares
 * (`linalg.ts`) and the lasso's feature-sign steps (`lasso.ts`), which
 * factor one small system per step and so allocate nothing.
 */

/**
 * Cholesky factor, in place, of a symmetric p × p matrix stored row-major:
 * its lower triangle becomes L with L·Lᵀ = A (only the lower triangle is
 * read; the upper one is left as it is).
 *
 * @param a - the matrix (changed)
 * @param p - its order
 * @returns false when it is not positive definite
 * @example
 * const a = Float64Array.of(4, 0, 2, 2);
 * choleskyInPlace(a, 2); // true; a's lower triangle is [2; 1 1]
 */
export function choleskyInPlace(a: Float64Array, p: number): boolean {
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k += 1) s -= a[i * p + k]! * a[j * p + k]!;
      if (i === j) {
        if (!(s > 0)) return false;
        a[i * p + i] = Math.sqrt(s);
      } else {
        a[i * p + j] = s / a[j * p + j]!;
      }
    }
  }
  return true;
}

/**
 * Solve L·Lᵀ·x = b, L from {@link choleskyInPlace}, by forward then back
 * substitution, in place: `b` becomes x.
 *
 * @param l - the factor, p × p row-major (its lower triangle)
 * @param b - the right-hand side (changed into the solution)
 * @param p - the order
 * @returns nothing; `b` holds x
 * @example
 * const b = Float64Array.of(6, 4);
 * choleskySolveInPlace(Float64Array.of(2, 0, 1, 1), b, 2); // b = [1, 2]
 */
export function choleskySolveInPlace(
  l: Float64Array,
  b: Float64Array,
  p: number,
): void {
  for (let i = 0; i < p; i += 1) {
    let s = b[i]!;
    for (let k = 0; k < i; k += 1) s -= l[i * p + k]! * b[k]!;
    b[i] = s / l[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i -= 1) {
    let s = b[i]!;
    for (let k = i + 1; k < p; k += 1) s -= l[k * p + i]! * b[k]!;
    b[i] = s / l[i * p + i]!;
  }
}
