import {
  CAPACITY_KINDS,
  CAPACITY_STYLES,
  CHART_COLOURS,
  type LineStyle,
  MARK_KINDS,
  MARK_STYLES,
} from './chart-style.ts';

const svg = (width: number, inner: string) =>
  `<svg width="${width}" height="12" aria-hidden="true">${inner}</svg>`;
const line = (s: Pick<LineStyle, 'colour' | 'dash' | 'width'>) =>
  svg(
    26,
    `<line x1="1" y1="6" x2="25" y2="6" stroke="${s.colour}" stroke-width="${s.width}" stroke-dasharray="${s.dash.join(',')}"/>`,
  );
// Date marks are vertical rules on the chart, so their swatch is too.
const rule = (s: LineStyle) =>
  svg(
    10,
    `<line x1="5" y1="0" x2="5" y2="12" stroke="${s.colour}" stroke-width="${s.width}" stroke-dasharray="${s.dash.join(',')}"/>`,
  );

interface Item {
  readonly key: string;
  readonly swatch: string;
  readonly text: string;
}

/** The series of every chart: history, weekly maximum, forecast, band. */
const seriesItems = (level: number): Item[] => [
  {
    key: 'daily',
    swatch: line({ colour: CHART_COLOURS.history, dash: [], width: 1 }),
    text: 'daily peak (p95)',
  },
  {
    key: 'weekly',
    swatch: line({ colour: CHART_COLOURS.weekly, dash: [], width: 2.4 }),
    text: 'weekly maximum',
  },
  {
    key: 'forecast',
    swatch: line({ colour: CHART_COLOURS.forecast, dash: [5, 2], width: 1.8 }),
    text: 'forecast (mean)',
  },
  {
    key: 'band',
    swatch: svg(
      26,
      `<rect x="1" y="2" width="24" height="8" fill="${CHART_COLOURS.band}" opacity="0.6"/>`,
    ),
    text: `${level}% interval`,
  },
];

/** One entry per capacity line and per date mark, from their styles. */
const styleItems = (): Item[] => [
  ...CAPACITY_KINDS.map((k) => ({
    key: k,
    swatch: line(CAPACITY_STYLES[k]),
    text: CAPACITY_STYLES[k].label,
  })),
  ...MARK_KINDS.map((k) => ({
    key: k,
    swatch: rule(MARK_STYLES[k]),
    text: MARK_STYLES[k].label,
  })),
];

const items = (level: number): Item[] => [
  ...seriesItems(level),
  ...styleItems(),
  {
    key: 'outlier',
    swatch: svg(
      12,
      `<path d="M2,5h3v-3h2v3h3v2h-3v3h-2v-3h-3z" fill="${CHART_COLOURS.outlier}"/>`,
    ),
    text: 'cleaned outlier (original value)',
  },
];

/**
 * The key to every chart on a page, drawn once in HTML so each chart's
 * SVG stays small. Each entry names what it keys (`data-key`).
 *
 * @param decisionLevel - the interval's level in percent
 * @returns the HTML legend
 * @example
 * chartLegend(80);
 */
export function chartLegend(decisionLevel: number): string {
  const html = items(decisionLevel)
    .map((i) => `<span data-key="${i.key}">${i.swatch}${i.text}</span>`)
    .join('');
  return `<div class="legend" role="note" aria-label="Chart legend">${html}</div>`;
}
