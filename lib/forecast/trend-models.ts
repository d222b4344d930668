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

/**
 * Prophet's model class as Prophet fits it (its defaults): a piecewise
 * linear trend on the series as it is, 25 potential changepoints in the
 * first 80 % of the window with a Laplace prior of scale 0.05 on each
 * slope change, additive weekly terms and, with two years or more, ten
 * yearly Fourier pairs; fitted by MAP, no re-anchoring. The window is the
 * last three years, where Prophet fits the whole history. Its mean
 * forecasts are R Prophet's within 0.1–1.4 % on the shared cases under
 * two years (docs/architecture.md "The forecast engine").
 */
export const prophetTrend = regressionModel({
  ...base,
  name: 'prophet-trend',
  window: 1096,
  yearly: 10,
  laplace: { count: 25, range: 0.8, prior: 0.05 },
});
