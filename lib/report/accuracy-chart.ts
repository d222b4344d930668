import { compareCodePoints } from '#lib/domain/code-point-order';
import { compareAccuracyRows } from './accuracy.ts';
import type { AccuracyRow } from './accuracy-row.ts';
import { BPS_LABEL, CHART_CONFIG } from './chart-encoding.ts';
import { escapeHtml } from './format.ts';
import { renderChartSvg } from './render-svg.ts';

/** Dots drawn at most; beyond, the latest target dates are kept. */
export const MAX_POINTS = 2000;
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
const shape = { ...horizon, scale: { range: SHAPES } } as const;

/** Forecast (with its interval) against actual, per ISP and horizon. */
const ACCURACY_SPEC = {
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
  ],
} as const;

/**
 * The rows the chart draws: ISP rows with a positive actual and forecast,
 * the latest target dates first (ties in `computeAccuracy`'s order), at
 * most `MAX_POINTS`. Choosing from the rows chosen of each part of a set
 * of rows chooses what the whole set would give, in the same order: so a
 * shard sends only its own chosen rows, and publish chooses among them.
 *
 * @param rows - compared points (`computeAccuracy`), or rows chosen before
 * @returns the rows to draw, in drawing order
 * @example
 * chartRows([...shard1.chart, ...shard2.chart]);
 */
export function chartRows(rows: readonly AccuracyRow[]): AccuracyRow[] {
  const positive = (x: number) => Number.isFinite(x) && x > 0;
  return rows
    .filter((r) => r.level === 'isp' && positive(r.actualBps))
    .filter((r) => positive(r.meanBps))
    .sort(
      (a, b) =>
        compareCodePoints(b.targetDate, a.targetDate) ||
        compareAccuracyRows(a, b),
    )
    .slice(0, MAX_POINTS);
}

/**
 * The accuracy page's chart: each ISP's past forecast (dot) and its
 * interval (whisker) against the actual peak on the target day, log
 * scales, one colour per horizon. Dots below the dashed diagonal ran low.
 *
 * @param rows - compared points, or the chart's rows (`chartRows`)
 * @param level - the decision interval's level, for rows that do not name
 *   theirs (a run made under another kept its bounds at that one, which
 *   the caption names)
 * @returns a `<figure>`, or '' when there is nothing to draw
 * @example
 * await renderAccuracyChart(input.accuracy?.chart ?? [], 80);
 */
export async function renderAccuracyChart(
  rows: readonly AccuracyRow[],
  level: number,
): Promise<string> {
  const chosen = chartRows(rows);
  const points = chosen.map((r) => ({
    h: `${r.horizonDays} days ahead`,
    actual: r.actualBps,
    mean: r.meanBps,
    lo: Math.max(r.lowerBps, r.meanBps / 100),
    hi: r.upperBps,
  }));
  if (points.length === 0) return '';
  const values = points.flatMap((p) => [p.actual, p.mean]);
  const diagonal = [Math.min(...values), Math.max(...values)].map((v) => ({
    v,
  }));
  const title = 'Past forecasts against actual daily peaks, per ISP';
  const svg = await renderChartSvg({ points, diagonal }, title, ACCURACY_SPEC);
  const caption = `${escapeHtml(title)}: one dot per ISP, forecast and horizon, with its ${whiskerLevels(chosen, level)} interval as a whisker. Dots below the dashed line ran low; a whisker that does not cross it missed the actual.`;
  // In a box that scrolls sideways on a phone (PAGE_STYLE), as an ISP
  // page's charts: shrunk to a 390 px screen, its labels were 6 px high.
  return `<figure class="accuracy-chart"><div class="plot">${svg}</div><figcaption>${caption}</figcaption></figure>`;
}

// The levels the whiskers were kept at, e.g. '80% or 95%' when some runs
// were made under another decision level; today's for a row that does not
// say (chart rows are checked for their figures, not for this).
function whiskerLevels(rows: readonly AccuracyRow[], level: number): string {
  const kept = rows.map((r) =>
    Number.isFinite(r.boundLevel) ? r.boundLevel : level,
  );
  return [...new Set(kept)]
    .sort((a, b) => a - b)
    .map((l) => `${l}%`)
    .join(' or ');
}
