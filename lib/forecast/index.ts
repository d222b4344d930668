export type { BacktestPlan, BacktestRun } from './backtest.ts';
export { planBacktest, recentLevel, runBacktest } from './backtest.ts';
export {
  ALL_MODELS,
  CANDIDATES,
  NO_BACKTEST_MODEL,
  POOLS,
} from './candidates.ts';
export type { CleanResult } from './clean.ts';
export { cleanSeries } from './clean.ts';
export type { EndStep, StepOptions } from './end-step.ts';
export { detectEndStep } from './end-step.ts';
export type { EtsFit } from './ets.ts';
export { etsAdditive, etsMultiplicative, fitEts, predictEts } from './ets.ts';
export { forecastSeries } from './forecast-series.ts';
export { detectLevelShifts } from './level-shift.ts';
export { coverage, mase, maseScale, msis, smape } from './metrics.ts';
export { optimizedTheta } from './optimized-theta.ts';
export type { RegressionConfig, RegressionFit } from './regression.ts';
export { regressionModel } from './regression.ts';
export { DEFAULT_RISE, RISE_GRID, riseId } from './rise-settings.ts';
export type { RobustTrendFit } from './robust-trend.ts';
export { robustTrend } from './robust-trend.ts';
export type { SeasonalNaiveFit } from './seasonal-naive.ts';
export {
  fitSeasonalNaive,
  predictSeasonalNaive,
  seasonalNaive,
} from './seasonal-naive.ts';
export { MIN_SELECT_LENGTH } from './select-or-fallback.ts';
export { SETTING_GRID, WIDEN_GRID } from './setting-grid.ts';
export type { EngineSetting, PoolName } from './settings.ts';
export { DEFAULT_SETTING } from './settings.ts';
export { DEFAULT_STEP, STEP_GRID, stepId } from './step-settings.ts';
export { theta } from './theta.ts';
export { linearTrend, logTrend, piecewiseTrend } from './trend-models.ts';
export type { Forecaster, ForecastOptions, PointForecast } from './types.ts';
