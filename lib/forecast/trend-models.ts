import { type RegressionConfig, regressionModel } from './regression.ts';

const base: Omit<RegressionConfig, 'name'> = {
  log: false,
  window: 365,
  yearly: 0,
  changepoint: false,
  anchor: 0,
};

/** Linear trend with weekly factors on the last year. */
export const linearTrend = regressionModel({ ...base, name: 'linear-trend' });

/** Log-linear (exponential) trend with weekly factors on the last year. */
export const logTrend = regressionModel({
  ...base,
  name: 'log-trend',
  log: true,
});

/**
 * Log-linear piecewise trend with an automatically found changepoint,
 * weekly factors and, with two years or more, yearly Fourier terms; the
 * level is re-anchored on the last four weeks.
 */
export const piecewiseTrend = regressionModel({
  ...base,
  name: 'piecewise-trend',
  log: true,
  window: 1096,
  yearly: 4,
  changepoint: true,
  anchor: 28,
});
