/**
 * How each thing a chart draws looks: one table read by the chart spec
 * (`chart-spec.ts`) and by the legend (`chart-legend.ts`), so the two
 * cannot drift apart. Colours stay distinct in greyscale print thanks to
 * their dashes.
 */

/** A line's colour, dash pattern (`[]` solid) and width. */
export interface LineStyle {
  readonly colour: string;
  readonly dash: readonly number[];
  readonly width: number;
  /** What the legend calls it. */
  readonly label: string;
}

export const CHART_COLOURS = {
  history: '#1d3f72',
  weekly: '#8aa4c8',
  forecast: '#0b6e79',
  band: '#7fc4cc',
  capacity: '#222222',
  augment: '#2e7d32',
  critical: '#b00020',
  warning: '#b35c00',
  outlier: '#c2185b',
} as const;

/** The dates a chart marks with a vertical rule, each with its own look. */
export const MARK_KINDS = [
  'today',
  'order-by',
  'critical-mean',
  'critical-upper',
  'step',
] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const MARK_STYLES: Readonly<Record<MarkKind, LineStyle>> = {
  today: { colour: '#555555', dash: [], width: 1.5, label: 'today' },
  'order-by': {
    colour: '#5b2a86',
    dash: [8, 3],
    width: 2.2,
    label: 'order by',
  },
  'critical-mean': {
    colour: CHART_COLOURS.critical,
    dash: [2, 2],
    width: 1.5,
    label: 'critical (mean)',
  },
  'critical-upper': {
    colour: CHART_COLOURS.critical,
    dash: [6, 2, 1, 2],
    width: 1.5,
    label: 'critical (upper)',
  },
  // A change of traffic level the forecast follows (README "The forecast engine").
  step: { colour: '#e65100', dash: [1, 2], width: 1.5, label: 'traffic step' },
};

/** The capacity lines: capacity, thresholds and the recommended augment. */
export const CAPACITY_KINDS = [
  'capacity',
  'critical',
  'warning',
  'augment',
] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];

export const CAPACITY_STYLES: Readonly<Record<CapacityKind, LineStyle>> = {
  capacity: {
    colour: CHART_COLOURS.capacity,
    dash: [],
    width: 1.5,
    label: 'capacity (incl. planned augments)',
  },
  critical: {
    colour: CHART_COLOURS.critical,
    dash: [6, 3],
    width: 1.2,
    label: 'critical threshold',
  },
  warning: {
    colour: CHART_COLOURS.warning,
    dash: [2, 2],
    width: 1.2,
    label: 'warning threshold',
  },
  augment: {
    colour: CHART_COLOURS.augment,
    dash: [4, 2],
    width: 2,
    label: 'capacity with the ask, ordered today',
  },
};
