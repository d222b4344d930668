import { BPS_LABEL, CHART_CONFIG } from './chart-encoding.ts';

const HORIZON_COLOURS = ['#1d3f72', '#0b6e79', '#b35c00', '#5b2a86'];
const DOT_OPACITY = 0.8;
// Labels at 1 and 3 of each decade, all shown, the other ticks for the
// grid: labelled all, Vega hid overlaps from the first on, '10 Gbps' too.
// Not rounded out to powers of ten, which left half the plot empty.
const DECADE = 'pow(10, floor(log(datum.value) / LN10 + 1e-9))';
const LOG_LABEL = `indexof([1, 3], round(datum.value / ${DECADE})) < 0 ? '' : ${BPS_LABEL}`;
const axis = (title: string) => ({
  type: 'quantitative',
  scale: { type: 'log', nice: false, padding: 12 },
  title,
  axis: { labelExpr: LOG_LABEL, labelOverlap: false, tickCount: 5 },
});
// One colour and shape per horizon, keyed at the dots' opacity (not the
// whiskers'): in colour alone, a reader who cannot tell them apart could not.
const key = { title: null, orient: 'top', direction: 'horizontal' } as const;
const horizon = {
  field: 'h',
  type: 'nominal',
  scale: { range: HORIZON_COLOURS },
  legend: { ...key, symbolOpacity: DOT_OPACITY },
} as const;
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond'];
// An open chevron pointing up (a whisker going on above the plot); turned
// 180° for one going on below it.
const CHEVRON = 'M-1,0.5L0,-0.5L1,0.5';
const shape = { ...horizon, scale: { range: SHAPES } } as const;

/**
 * The chart of forecast (with its interval) against actual, per ISP and
 * horizon, for `renderAccuracyChart`, whose datasets are `diagonal`,
 * `points` and `cuts`. The axes' ranges follow the data; the data keeps
 * them to the dots' (`accuracyChartPoints`), a whisker that ran past
 * them cut at the edge and marked by a chevron (`cuts`) pointing on, so
 * that one wide interval does not squeeze the dots into a corner.
 *
 * @example
 * await renderChartSvg({ diagonal, points, cuts }, title, ACCURACY_SPEC);
 */
export const ACCURACY_SPEC = {
  width: 520,
  height: 340,
  background: 'white',
  config: CHART_CONFIG,
  layer: [
    {
      data: { name: 'diagonal' },
      name: 'diagonal',
      mark: { type: 'line', color: '#777', strokeDash: [4, 3] },
      encoding: {
        x: { field: 'v', ...axis('actual daily peak (p95)') },
        y: { field: 'v', ...axis('forecast') },
      },
    },
    {
      data: { name: 'points' },
      name: 'intervals',
      mark: { type: 'rule', opacity: 0.3 },
      encoding: {
        x: { field: 'actual', type: 'quantitative' },
        y: { field: 'lo', type: 'quantitative' },
        y2: { field: 'hi' },
        stroke: { ...horizon, legend: null },
      },
    },
    {
      data: { name: 'points' },
      name: 'forecasts',
      mark: { type: 'point', filled: true, size: 24, opacity: DOT_OPACITY },
      encoding: {
        x: { field: 'actual', type: 'quantitative' },
        y: { field: 'mean', type: 'quantitative' },
        color: horizon,
        shape,
      },
    },
    {
      data: { name: 'cuts' },
      name: 'cuts',
      mark: {
        type: 'point',
        shape: CHEVRON,
        filled: false,
        size: 60,
        strokeWidth: 1.5,
        opacity: DOT_OPACITY,
      },
      encoding: {
        x: { field: 'actual', type: 'quantitative' },
        y: { field: 'at', type: 'quantitative' },
        angle: { field: 'angle', type: 'quantitative', scale: null },
        stroke: { ...horizon, legend: null },
      },
    },
  ],
} as const;
