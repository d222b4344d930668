import { CHART_COLOURS } from './chart-spec.ts';

const line = (colour: string, dash = '', width = 2) =>
  `<svg width="26" height="10" aria-hidden="true"><line x1="1" y1="5" x2="25" y2="5" stroke="${colour}" stroke-width="${width}" stroke-dasharray="${dash}"/></svg>`;

const ITEMS: readonly [string, string][] = [
  [
    line(CHART_COLOURS.history, '', 1.5),
    'daily peak (p95); weekly maximum before the last 120 days',
  ],
  [line(CHART_COLOURS.forecast, '5,2'), 'forecast (mean)'],
  [
    `<svg width="26" height="10" aria-hidden="true"><rect x="1" y="1" width="24" height="8" fill="${CHART_COLOURS.band}" opacity="0.6"/></svg>`,
    'decision interval',
  ],
  [line(CHART_COLOURS.capacity), 'capacity (incl. planned augments)'],
  [line(CHART_COLOURS.critical, '6,3'), 'critical threshold'],
  [line(CHART_COLOURS.warning, '2,2'), 'warning threshold'],
  [line(CHART_COLOURS.mark, '3,3', 1), 'marked dates'],
  [
    `<svg width="12" height="10" aria-hidden="true"><path d="M2,4h3v-3h2v3h3v2h-3v3h-2v-3h-3z" fill="${CHART_COLOURS.outlier}"/></svg>`,
    'cleaned outlier (original value)',
  ],
];

/**
 * The key to every chart on a page, drawn once in HTML so each chart's
 * SVG stays small.
 *
 * @param decisionLevel - the interval's level in percent
 * @returns the HTML legend
 * @example
 * chartLegend(80);
 */
export function chartLegend(decisionLevel: number): string {
  const items = ITEMS.map(
    ([swatch, text]) =>
      `<span>${swatch}${text.replace('decision interval', `${decisionLevel}% interval`)}</span>`,
  ).join('');
  return `<div class="legend" role="note" aria-label="Chart legend">${items}</div>`;
}
