export type { BacktestPlan, BacktestRun } from './backtest.ts';
export { planBacktest, recentLevel, runBacktest } from './backtest.ts';
export { CANDIDATES } from './candidates.ts';
export type { ForecastOptions } from './forecast-series.ts';
export { forecastSeries, MIN_SELECT_LENGTH } from './forecast-series.ts';
export { coverage, mase, maseScale, msis, smape } from './metrics.ts';
export type { SeasonalNaiveFit } from './seasonal-naive.ts';
export {
  fitSeasonalNaive,
  predictSeasonalNaive,
  seasonalNaive,
} from './seasonal-naive.ts';
export type { Forecaster, PointForecast } from './types.ts';
