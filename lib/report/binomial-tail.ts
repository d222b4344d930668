/**
 * The exact tails of a binomial count: the chance that `n` independent
 * trials, each a success with chance `p`, give at least `k` successes and
 * at most `k`. Each term's logarithm follows from the one before
 * (C(n, i) p^i (1 − p)^(n − i) over its predecessor is
 * (n − i + 1) / i · p / (1 − p)), and the terms are added relative to
 * the largest, so that a million trials neither underflow nor overflow.
 * Time linear in `n`.
 *
 * @param k - the successes seen, 0 ≤ k ≤ n
 * @param n - the trials
 * @param p - each trial's chance of success, 0 < p < 1
 * @returns P(X ≥ k) and P(X ≤ k), X ~ Binomial(n, p)
 * @example
 * binomialTails(0, 30, 0.025).atMost; // 0.975^30 ≈ 0.468
 */
export function binomialTails(
  k: number,
  n: number,
  p: number,
): { atLeast: number; atMost: number } {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || k < 0) {
    throw new RangeError(`binomialTails: bad count ${k} of ${n}`);
  }
  if (k > n || !(p > 0 && p < 1)) {
    throw new RangeError(`binomialTails: ${k} of ${n} at p = ${p}`);
  }
  return tails(k, n, p);
}

function tails(k: number, n: number, p: number) {
  const logs = new Float64Array(n + 1);
  const odds = Math.log(p) - Math.log1p(-p);
  logs[0] = n * Math.log1p(-p);
  let max = logs[0];
  for (let i = 1; i <= n; i++) {
    logs[i] = logs[i - 1]! + Math.log((n - i + 1) / i) + odds;
    if (logs[i]! > max) max = logs[i]!;
  }
  let below = 0; // i < k
  let above = 0; // i > k
  for (let i = 0; i < k; i++) below += Math.exp(logs[i]! - max);
  for (let i = k + 1; i <= n; i++) above += Math.exp(logs[i]! - max);
  const at = Math.exp(logs[k]! - max);
  const total = below + at + above;
  // Each tail from its own terms, not 1 minus the other: a tail of 1e-30
  // survives.
  return {
    atLeast: Math.min(1, (at + above) / total),
    atMost: Math.min(1, (below + at) / total),
  };
}
