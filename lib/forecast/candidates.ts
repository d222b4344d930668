import { seasonalNaive } from './seasonal-naive.ts';
import type { Forecaster } from './types.ts';

/**
 * Every model family the selection tries, in order of preference
 * (the first wins ties and runs when no backtest is possible).
 */
export const CANDIDATES: readonly Forecaster[] = [seasonalNaive as Forecaster];
