/**
 * Vega-Lite pieces every report chart shares: the look of axes and text,
 * bps axis labels, and line styles drawn from a style table.
 */
import type { LineStyle } from './chart-style.ts';

/** Axis labels with a unit, from Vega's built-in `format` only. */
export const BPS_LABEL = [
  "datum.value == 0 ? '0' : datum.value >= 1e12 ? format(datum.value / 1e12, '.3~r') + ' Tbps'",
  "datum.value >= 1e9 ? format(datum.value / 1e9, '.3~r') + ' Gbps'",
  "datum.value >= 1e6 ? format(datum.value / 1e6, '.3~r') + ' Mbps'",
  "format(datum.value, '.3~s') + 'bps'",
].join(' : ');
/** Looks every report chart shares. */
export const CHART_CONFIG = {
  // The SVG gets one title and label for the whole chart instead.
  aria: false,
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: { labelColor: '#333', titleColor: '#333', gridColor: '#e3e3e3' },
} as const;

/**
 * Colour, dash and width encodings of a line keyed by one field, each
 * kind taking its look from a style table.
 *
 * @param field - the data field naming the kind
 * @param kinds - the kinds, in legend order
 * @param styles - the look of each kind
 * @returns `color`, `strokeDash` and `strokeWidth` encodings
 * @example
 * styled('kind', MARK_KINDS, MARK_STYLES).color.scale.range[0]; // '#555555'
 */
export function styled<K extends string>(
  field: string,
  kinds: readonly K[],
  styles: Readonly<Record<K, LineStyle>>,
) {
  const nominal = { type: 'nominal', sort: kinds, legend: null } as const;
  const scale = (f: (s: LineStyle) => unknown) => ({
    domain: kinds,
    range: kinds.map((k) => f(styles[k])),
  });
  return {
    color: { field, ...nominal, scale: scale((s) => s.colour) },
    strokeDash: {
      field,
      ...nominal,
      scale: scale((s) => (s.dash.length > 0 ? s.dash : [1, 0])),
    },
    strokeWidth: {
      field,
      ...nominal,
      scale: { type: 'ordinal', ...scale((s) => s.width) },
    },
  };
}
