/**
 * The one Vega-Lite spec every report chart uses. Data comes in as named
 * datasets (`ChartData`), so the spec is compiled and parsed once and each
 * chart only binds its data.
 */

/** Colours chosen to stay distinct in greyscale print (with dashes). */
export const CHART_COLOURS = {
  history: '#1d3f72',
  forecast: '#0b6e79',
  band: '#7fc4cc',
  capacity: '#222222',
  critical: '#b00020',
  warning: '#b35c00',
  mark: '#5b2a86',
  outlier: '#c2185b',
} as const;

/** Axis labels with a unit, from Vega's built-in `format` only. */
const BPS_LABEL = [
  "datum.value == 0 ? '0' : datum.value >= 1e12 ? format(datum.value / 1e12, '.3~r') + ' Tbps'",
  "datum.value >= 1e9 ? format(datum.value / 1e9, '.3~r') + ' Gbps'",
  "datum.value >= 1e6 ? format(datum.value / 1e6, '.3~r') + ' Mbps'",
  "format(datum.value, '.3~s') + 'bps'",
].join(' : ');
const FONT = 'Helvetica, Arial, sans-serif';
const x = {
  field: 't',
  type: 'temporal',
  scale: { type: 'utc' },
  title: null,
  axis: { format: '%Y-%m', labelFlush: true, tickCount: 8 },
} as const;
const y = (field: string) => ({
  field,
  type: 'quantitative',
  title: 'daily peak (p95)',
  axis: { labelExpr: BPS_LABEL, tickCount: 5 },
});
const data = (name: string) => ({ data: { name } });
const labels = (right: boolean) => ({
  ...data('marks'),
  transform: [
    { filter: right ? 'datum.right' : '!datum.right' },
    // Label rows sit above the plot, the first row nearest to it.
    { calculate: '-14 - datum.row * 12', as: 'ypx' },
  ],
  mark: {
    type: 'text',
    align: right ? 'right' : 'left',
    dx: right ? -3 : 3,
    baseline: 'bottom',
    fontSize: 10,
    color: CHART_COLOURS.mark,
  },
  encoding: {
    x,
    y: { field: 'ypx', type: 'quantitative', scale: null },
    text: { field: 'label' },
  },
});
const lines = ['capacity', 'critical', 'warning'] as const;

/** The chart: band, capacity steps, history, forecast, outliers, marks. */
export const CHART_SPEC = {
  width: 720,
  height: 220,
  background: 'white',
  config: {
    // The SVG gets one title and label for the whole chart instead.
    aria: false,
    font: FONT,
    view: { stroke: null },
    axis: { labelColor: '#333', titleColor: '#333', gridColor: '#e3e3e3' },
  },
  layer: [
    {
      ...data('fc'),
      mark: { type: 'area', color: CHART_COLOURS.band, opacity: 0.45 },
      encoding: { x, y: y('lo'), y2: { field: 'hi' } },
    },
    {
      ...data('cap'),
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.5 },
      encoding: {
        x,
        y: y('v'),
        color: {
          field: 's',
          legend: null,
          scale: { domain: lines, range: lines.map((l) => CHART_COLOURS[l]) },
        },
        strokeDash: {
          field: 's',
          legend: null,
          scale: {
            domain: lines,
            range: [
              [1, 0],
              [6, 3],
              [2, 2],
            ],
          },
        },
      },
    },
    {
      ...data('hist'),
      mark: { type: 'line', color: CHART_COLOURS.history, strokeWidth: 1.2 },
      encoding: { x, y: y('v') },
    },
    {
      ...data('fc'),
      mark: {
        type: 'line',
        color: CHART_COLOURS.forecast,
        strokeWidth: 1.8,
        strokeDash: [5, 2],
      },
      encoding: { x, y: y('m') },
    },
    {
      ...data('outliers'),
      mark: { type: 'point', shape: 'cross', filled: true, size: 45 },
      encoding: { x, y: y('v'), color: { value: CHART_COLOURS.outlier } },
    },
    {
      ...data('marks'),
      mark: { type: 'rule', color: CHART_COLOURS.mark, strokeDash: [3, 3] },
      encoding: { x },
    },
    labels(false),
    labels(true),
    {
      ...data('notes'),
      mark: { type: 'text', align: 'right', dy: -8, fontWeight: 'bold' },
      encoding: { x, y: y('v'), text: { field: 'label' } },
    },
  ],
} as const;
