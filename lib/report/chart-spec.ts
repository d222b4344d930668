/**
 * The one Vega-Lite spec every report chart uses. Data comes in as named
 * datasets (`ChartData`), so the spec is compiled and parsed once and each
 * chart only binds its data. Looks come from `chart-style.ts`; each layer
 * is named, so its SVG group carries the name as a class (for tests).
 */
import { BPS_LABEL, CHART_CONFIG, styled } from './chart-encoding.ts';
import {
  CAPACITY_KINDS,
  CAPACITY_STYLES,
  CHART_COLOURS,
  MARK_KINDS,
  MARK_STYLES,
} from './chart-style.ts';

const x = {
  field: 't',
  type: 'temporal',
  scale: { type: 'utc' },
  title: null,
  axis: { format: '%Y-%m', labelFlush: true, tickCount: 8 },
} as const;
/**
 * The y encoding, one scale for all layers; its axis drawn by the band
 * (left) and the weekly line (right, where a phone opens the chart
 * scrolled, its left axis out of sight), by no other layer.
 */
const y = (field: string, side?: 'left' | 'right') => ({
  field,
  type: 'quantitative',
  title: side === 'left' ? 'daily peak (p95)' : null,
  axis:
    side === undefined
      ? null
      : {
          labelExpr: BPS_LABEL,
          tickCount: 5,
          orient: side,
          grid: side === 'left',
        },
});
const data = (name: string) => ({ data: { name } });

const marks = styled('kind', MARK_KINDS, MARK_STYLES);
const labels = (right: boolean) => ({
  ...data('marks'),
  name: right ? 'labels_right' : 'labels_left',
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
  },
  encoding: {
    x,
    y: { field: 'ypx', type: 'quantitative', scale: null },
    text: { field: 'label' },
    color: marks.color,
  },
});

/** The chart: band, capacity steps, history, forecast, outliers, marks. */
export const CHART_SPEC = {
  width: 720,
  height: 220,
  background: 'white',
  config: CHART_CONFIG,
  // Capacity lines and date marks each have their own looks.
  resolve: {
    scale: {
      color: 'independent',
      strokeDash: 'independent',
      strokeWidth: 'independent',
    },
    axis: { y: 'independent' },
  },
  layer: [
    {
      ...data('fc'),
      name: 'band',
      mark: { type: 'area', color: CHART_COLOURS.band, opacity: 0.45 },
      encoding: { x, y: y('lo', 'left'), y2: { field: 'hi' } },
    },
    {
      ...data('cap'),
      name: 'capacity',
      mark: { type: 'line', interpolate: 'step-after' },
      encoding: {
        x,
        y: y('v'),
        detail: { field: 's' },
        ...styled('s', CAPACITY_KINDS, CAPACITY_STYLES),
      },
    },
    {
      ...data('weekly'),
      name: 'weekly',
      mark: { type: 'line', color: CHART_COLOURS.weekly, strokeWidth: 2.4 },
      encoding: { x, y: y('v', 'right') },
    },
    {
      ...data('hist'),
      name: 'daily',
      mark: { type: 'line', color: CHART_COLOURS.history, strokeWidth: 1 },
      encoding: { x, y: y('v') },
    },
    {
      ...data('fc'),
      name: 'forecast',
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
      name: 'outliers',
      mark: { type: 'point', shape: 'cross', filled: true, size: 45 },
      encoding: { x, y: y('v'), color: { value: CHART_COLOURS.outlier } },
    },
    {
      ...data('marks'),
      name: 'dates',
      mark: { type: 'rule' },
      encoding: { x, ...marks },
    },
    labels(false),
    labels(true),
    {
      ...data('notes'),
      name: 'notes',
      mark: { type: 'text', align: 'right', dy: -8, fontWeight: 'bold' },
      encoding: {
        x,
        y: y('v'),
        text: { field: 'label' },
        color: { field: 'colour', type: 'nominal', scale: null },
      },
    },
  ],
} as const;
