import type { CleanedPoint } from '#lib/domain/forecast';

/** A series ready for the models: finite values and what was changed. */
export interface PreparedSeries {
  /** Index in the input of `values[0]` (leading gaps trimmed). */
  readonly offset: number;
  readonly values: readonly number[];
  readonly cleaned: readonly CleanedPoint[];
  /** Number of finite observations in the input. */
  readonly observed: number;
}

/**
 * Trim leading and trailing gaps and fill inner gaps by linear interpolation,
 * recording each filled day as a `missing` cleaned point (indices count
 * from the first observation).
 *
 * @param input - daily values, NaN (or any non-finite) for a missing day
 * @returns finite values with their offset into the input
 * @example
 * fillGaps([Number.NaN, 1, Number.NaN, 3]).values; // [1, 2, 3]
 */
export function fillGaps(input: readonly number[]): PreparedSeries {
  let first = 0;
  while (first < input.length && !Number.isFinite(input[first])) first += 1;
  let last = input.length - 1;
  while (last >= first && !Number.isFinite(input[last])) last -= 1;
  const values: number[] = [];
  const cleaned: CleanedPoint[] = [];
  let observed = 0;
  let prev = first;
  for (let i = first; i <= last; i += 1) {
    const x = input[i]!;
    if (Number.isFinite(x)) {
      observed += 1;
      fillBetween(input, prev, i, values, cleaned);
      values.push(x);
      prev = i;
    }
  }
  return { offset: first, values, cleaned, observed };
}

function fillBetween(
  input: readonly number[],
  from: number,
  to: number,
  values: number[],
  cleaned: CleanedPoint[],
): void {
  const a = input[from]!;
  const b = input[to]!;
  for (let j = from + 1; j < to; j += 1) {
    const replacement = a + ((b - a) * (j - from)) / (to - from);
    values.push(replacement);
    cleaned.push({
      index: values.length - 1,
      kind: 'missing',
      original: Number.NaN,
      replacement,
    });
  }
}
