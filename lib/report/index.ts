export { computeAccuracy } from './accuracy.ts';
export type { AccuracyRow } from './accuracy-row.ts';
export {
  cutForecastPoints,
  type ForecastPointsIndex,
  forecastPointsFiles,
} from './forecast-point-parts.ts';
export {
  buildForecastPoints,
  type ForecastPoint,
  type ForecastPointsSeries,
  type PastForecastPoints,
  POINT_HORIZONS,
} from './forecast-points.ts';
export { FORECAST_COLUMNS } from './forecast-rows.ts';
export { renderReport } from './render-report.ts';
export type {
  CapacityStep,
  PageInput,
  ReportFile,
  ReportInput,
  ReportSeries,
} from './report-input.ts';
