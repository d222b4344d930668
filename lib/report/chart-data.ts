import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { dateMarks, endNote } from './chart-marks.ts';
import { withStepMark } from './chart-step.ts';
import type { ChartData } from './chart-types.ts';
import type { CapacityStep, ReportSeries } from './report-input.ts';

/** Days of daily peaks kept as they are; older history is weekly max. */
const DAILY_TAIL_DAYS = 120;
/** Forecast days kept daily; later ones every `FORECAST_STRIDE` days. */
const DAILY_FORECAST_DAYS = 120;
const FORECAST_STRIDE = 4;

const DAY_MS = 86_400_000;
const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * Reduces a series to what its chart draws: daily peaks of the last
 * 120 days, weekly maxima before, the forecast with its decision band,
 * capacity (and thresholds, for groups) as steps, dates to mark and the
 * cleaned outliers at their original values (clipped to the chart).
 *
 * @param series - history, forecast and capacity steps
 * @param evaluation - the series' evaluation (dates, thresholds), if any
 * @param asOf - forecast day `i` is `asOf + i`
 * @param level - the decision interval's level
 * @param note - text written at the forecast's end (e.g. growth)
 * @returns the chart's datasets
 * @example
 * const data = buildChartData(series, evaluation, '2026-11-26', 80);
 */
export function buildChartData(
  series: ReportSeries,
  evaluation: Evaluation | undefined,
  asOf: string,
  level: number,
  note?: string,
): ChartData {
  const hist = historyPoints(series);
  const fc = forecastPoints(series, asOf, level);
  const start = series.history.start;
  const end = addDays(asOf, Math.max(series.forecast.mean.length - 1, 0));
  const top = Math.max(...hist.map((p) => p.v), ...fc.map((p) => p.hi), 0);
  const withLines = series.level !== 'isp' && evaluation !== undefined;
  const cap = capacityLines(
    steps(series, evaluation),
    start,
    end,
    withLines ? evaluation : undefined,
  );
  const outliers = series.forecast.cleaned
    .filter((c) => Number.isFinite(c.original))
    .map((c) => ({
      t: ms(start) + c.index * DAY_MS,
      v: Math.min(Math.max(c.original, 0), top * 1.15),
    }));
  const marks = withStepMark(dateMarks(evaluation, asOf, start, end), series);
  const notes = note === undefined ? [] : endNote(fc, note);
  return { hist, fc, cap, marks, outliers, notes };
}

function historyPoints(series: ReportSeries): ChartData['hist'] {
  const { start } = series.history;
  // The line shows the cleaned history; the originals are drawn as outliers.
  const values = [...series.history.values];
  for (const c of series.forecast.cleaned) values[c.index] = c.replacement;
  const tailFrom = Math.max(values.length - DAILY_TAIL_DAYS, 0);
  const out: { t: number; v: number }[] = [];
  const t0 = ms(start);
  // Weekly buckets end where the daily tail starts, so no week is split.
  for (
    let w = tailFrom % 7 === 0 ? 0 : (tailFrom % 7) - 7;
    w < tailFrom;
    w += 7
  ) {
    const week = values.slice(Math.max(w, 0), w + 7).filter(Number.isFinite);
    if (week.length > 0) {
      out.push({ t: t0 + (w + 6) * DAY_MS, v: Math.max(...week) });
    }
  }
  for (let i = tailFrom; i < values.length; i += 1) {
    const v = values[i]!;
    if (Number.isFinite(v)) out.push({ t: t0 + i * DAY_MS, v });
  }
  return out;
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

function steps(
  series: ReportSeries,
  evaluation: Evaluation | undefined,
): readonly CapacityStep[] {
  if (series.capacitySteps.length > 0) return series.capacitySteps;
  const known = series.history.capacity.filter(Number.isFinite);
  const last = known.at(-1) ?? evaluation?.capacityBps;
  if (last === undefined || !Number.isFinite(last)) return [];
  return [{ date: series.history.start, capacityBps: last }];
}

function capacityLines(
  capacity: readonly CapacityStep[],
  start: string,
  end: string,
  lines: Evaluation | undefined,
): ChartData['cap'] {
  const sorted = [...capacity].sort((a, b) => a.date.localeCompare(b.date));
  const inForce = sorted.filter((s) => s.date <= start).at(-1) ?? sorted[0];
  if (inForce === undefined) return [];
  const later = sorted.filter((s) => s.date > start && s.date <= end);
  const points = [{ ...inForce, date: start }, ...later];
  points.push({ date: end, capacityBps: points.at(-1)!.capacityBps });
  const ratios: [string, number][] = [['capacity', 1]];
  if (lines)
    ratios.push(['critical', lines.critical], ['warning', lines.warning]);
  return ratios.flatMap(([s, r]) =>
    points
      .filter((p) => daysBetween(start, p.date) >= 0)
      .map((p) => ({ t: ms(p.date), v: p.capacityBps * r, s })),
  );
}
