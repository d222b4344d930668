import { etsAdditive, etsMultiplicative } from './ets.ts';
import { robustTrend } from './robust-trend.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import { linearTrend, logTrend, piecewiseTrend } from './trend-models.ts';
import type { Forecaster } from './types.ts';

/**
 * Every model family the selection tries, in order of preference
 * (the first wins ties and runs when no backtest is possible).
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
