import { addDays, DAY_MS } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  augmentLine,
  capacityLines,
  chartedCapacity,
} from './chart-capacity.ts';
import { dateMarks } from './chart-marks.ts';
import { withStepMark } from './chart-step.ts';
import type { Annotator, ChartData } from './chart-types.ts';
import type { ReportSeries } from './report-input.ts';

/** Forecast days kept daily; later ones every `FORECAST_STRIDE` days. */
const DAILY_FORECAST_DAYS = 120;
const FORECAST_STRIDE = 4;

const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * Reduces a series to what its chart draws: the daily peaks of the whole
 * history with weekly maxima as an overlay, the forecast with its
 * decision band, capacity (and thresholds, for groups) as steps, the
 * recommended augment as a step at its ordered-today date, the dates to
 * mark, the cleaned outliers at their original values (clipped to the
 * chart) and the annotations.
 *
 * @param series - history, forecast and capacity steps
 * @param evaluation - the series' evaluation (dates, thresholds), if any
 * @param asOf - forecast day `i` is `asOf + i`
 * @param level - the decision interval's level
 * @param annotators - texts to write on the plot (`chart-annotations.ts`)
 * @returns the chart's datasets
 * @example
 * const data = buildChartData(series, evaluation, '2026-11-26', 80);
 */
export function buildChartData(
  series: ReportSeries,
  evaluation: Evaluation | undefined,
  asOf: string,
  level: number,
  annotators: readonly Annotator[] = [],
): ChartData {
  const hist = historyPoints(series);
  const fc = forecastPoints(series, asOf, level);
  const start = series.history.start;
  const end = addDays(asOf, Math.max(series.forecast.mean.length - 1, 0));
  const top = Math.max(...hist.map((p) => p.v), ...fc.map((p) => p.hi), 0);
  const bundle = series.level !== 'isp' ? evaluation : undefined;
  const steps = chartedCapacity(series, evaluation);
  const cap = [
    ...capacityLines(steps, start, end, bundle),
    ...augmentLine(steps, bundle, asOf, end),
  ];
  const outliers = series.forecast.cleaned
    .filter((c) => Number.isFinite(c.original))
    .map((c) => ({
      t: ms(start) + c.index * DAY_MS,
      v: Math.min(Math.max(c.original, 0), top * 1.15),
    }));
  const marks = withStepMark(
    dateMarks(evaluation, asOf, start, end),
    series,
    evaluation,
  );
  const context = { series, evaluation, asOf, hist, fc };
  const notes = annotators.flatMap((annotate) => annotate(context));
  const weekly = weeklyMaxima(hist);
  return { hist, weekly, fc, cap, marks, outliers, notes };
}

/** The cleaned history, daily: the originals are drawn as outliers. */
function historyPoints(series: ReportSeries): ChartData['hist'] {
  const values = [...series.history.values];
  for (const c of series.forecast.cleaned) values[c.index] = c.replacement;
  const t0 = ms(series.history.start);
  const out: { t: number; v: number }[] = [];
  values.forEach((v, i) => {
    if (Number.isFinite(v)) out.push({ t: t0 + i * DAY_MS, v });
  });
  return out;
}

/**
 * The maximum of each week, placed on its last day. Weeks end on the last
 * day of history, so the newest week is whole.
 */
function weeklyMaxima(hist: ChartData['hist']): ChartData['weekly'] {
  const last = hist.at(-1)?.t;
  if (last === undefined) return [];
  const weeks = new Map<number, number>();
  for (const p of hist) {
    const end = last - Math.floor((last - p.t) / (7 * DAY_MS)) * 7 * DAY_MS;
    weeks.set(end, Math.max(weeks.get(end) ?? -Infinity, p.v));
  }
  return [...weeks].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t, v }));
}

function forecastPoints(
  series: ReportSeries,
  asOf: string,
  level: number,
): ChartData['fc'] {
  const { mean, lower, upper } = series.forecast;
  const lo = lower[level] ?? mean;
  const hi = upper[level] ?? mean;
  const out: { t: number; m: number; lo: number; hi: number }[] = [];
  for (let i = 0; i < mean.length; i += 1) {
    const keep =
      i < DAILY_FORECAST_DAYS ||
      i % FORECAST_STRIDE === 0 ||
      i === mean.length - 1;
    if (!keep || !Number.isFinite(mean[i]!)) continue;
    const t = ms(asOf) + i * DAY_MS;
    out.push({ t, m: mean[i]!, lo: lo[i]!, hi: hi[i]! });
  }
  return out;
}
