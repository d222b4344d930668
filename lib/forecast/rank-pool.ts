import type { BacktestRun } from './backtest.ts';
import { type RankedCandidate, scoreModels, withMeans } from './score-runs.ts';

/**
 * The backtest's candidates ranked: the pool's models alone and with the
 * means of their best two and three (`pool`), and those followed by the
 * candidates holding a challenger (`all`; the same as `pool` without
 * challengers). Each model is scored once; the pool's are ranked alone
 * and with the challengers from those scores.
 *
 * @param runs - backtest runs
 * @param names - the models the backtest scored
 * @param voters - those of them in the pool (the others are challengers)
 * @returns the pool's ranking and the ranking with challengers, best first
 * @example
 * rankPool(runs, ['a', 'b', 'c'], ['a', 'b', 'c']).all.length; // 5
 */
export function rankPool(
  runs: readonly BacktestRun[],
  names: readonly string[],
  voters: readonly string[],
): { pool: RankedCandidate[]; all: RankedCandidate[] } {
  const alone = scoreModels(runs, names);
  const pool = withMeans(
    runs,
    alone.filter((c) => voters.includes(c.members[0]!)),
  );
  const all =
    voters.length < names.length
      ? withChallengers(pool, withMeans(runs, alone), voters)
      : pool;
  return { pool, all };
}

/**
 * The pool's candidates as they are without challengers (its models and
 * the means of its best two and three), and those holding a challenger,
 * best first, the pool's first on a tie. Ranked together from the start,
 * a challenger among the best three models took the place of the pool's
 * own mean of three (or two) in the ranking, and the forecast changed
 * where the challenger did not win.
 */
function withChallengers(
  own: readonly RankedCandidate[],
  all: readonly RankedCandidate[],
  voters: readonly string[],
): RankedCandidate[] {
  const theirs = all.filter((c) => c.members.some((n) => !voters.includes(n)));
  return [...own, ...theirs].sort((a, b) => a.score - b.score);
}
