import { etsAdditive, etsMultiplicative } from './ets.ts';
import { optimizedTheta } from './optimized-theta.ts';
import { robustTrend } from './robust-trend.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import type { PoolName } from './settings.ts';
import { theta } from './theta.ts';
import { linearTrend, logTrend, piecewiseTrend } from './trend-models.ts';
import type { Forecaster } from './types.ts';

/**
 * The selection pool of the first engine (per-series choice among seven
 * families), in order of preference: the first wins ties and runs when no
 * backtest is possible. Kept as a setting of the grid (`pool: 'wide'`).
 */
export const CANDIDATES: readonly Forecaster[] = [
  robustTrend,
  seasonalNaive,
  linearTrend,
  logTrend,
  etsAdditive,
  etsMultiplicative,
  piecewiseTrend,
] as readonly Forecaster[];

/** Every model the engine knows, for benchmarks and the contract tests. */
export const ALL_MODELS: readonly Forecaster[] = [
  ...CANDIDATES,
  theta,
  optimizedTheta,
] as readonly Forecaster[];

const FOUR = [theta, robustTrend, etsMultiplicative, seasonalNaive];
const FIVE = [...FOUR, optimizedTheta];
const SIX = [...FIVE, etsAdditive];

/**
 * Small fixed pools for robust combinations (median of the members), the
 * kind that generalised best in the M3 and M4 competitions (Makridakis
 * et al. 2020): Theta, a robust trend, damped exponential smoothing and
 * seasonal naive, plus optimised Theta in the larger ones, additive
 * damped exponential smoothing in `six`, and in `seven` the piecewise
 * log-linear trend with weekly and yearly terms (the model class of
 * Prophet, the peer best on the LTE family, which the other pools lack).
 */
export const POOLS = {
  wide: CANDIDATES,
  four: FOUR,
  five: FIVE,
  six: SIX,
  seven: [...SIX, piecewiseTrend],
  trend: [robustTrend, theta, optimizedTheta],
} as const satisfies Record<PoolName, readonly Forecaster[]>;
