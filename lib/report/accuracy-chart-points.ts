import type { AccuracyRow } from './accuracy-row.ts';

/** A dot and its whisker, as the accuracy chart draws them. */
export interface AccuracyChartPoint {
  readonly h: string;
  readonly actual: number;
  readonly mean: number;
  /** The whisker's ends, within the axes' range. */
  readonly lo: number;
  readonly hi: number;
}

/** The end of a whisker cut at the plot's edge, and where it points. */
export interface AccuracyChartCut {
  readonly h: string;
  readonly actual: number;
  /** The edge the whisker was cut at. */
  readonly at: number;
  /** 0: the whisker goes on above the plot; 180: below it. */
  readonly angle: 0 | 180;
}

/**
 * The accuracy chart's data, its range fitted to the dots: the dashed
 * diagonal spans the actuals and forecasts, which sets the actual axis,
 * and the forecast axis reaches past it only as far as whiskers do, by
 * a factor of 1.5 at most (`MARGIN`): a whisker running further is cut
 * there, its cut end listed to be marked. Fitted to the whiskers whole,
 * one ISP's lower bound near 0 stretched the forecast axis over decades
 * and squeezed every dot into a band. A range under a factor of 3.5 is
 * widened to one, about its middle on the log scale, so that it holds a
 * labelled tick (at 1 and 3 of a decade) and one dot alone has a range.
 *
 * @param rows - the chart's rows (`chartRows`), at least one, their
 *   actuals and forecasts positive
 * @returns the dots with their whiskers, the cut ends and the diagonal's
 *   ends (the axes' range)
 * @example
 * accuracyChartPoints([{ ...row, meanBps: 10e9, actualBps: 20e9,
 *   lowerBps: 0, upperBps: 12e9 }]).cuts; // [{ …, at: 7.6e9, angle: 180 }]
 */
export function accuracyChartPoints(rows: readonly AccuracyRow[]): {
  points: AccuracyChartPoint[];
  cuts: AccuracyChartCut[];
  diagonal: { v: number }[];
} {
  const [min, max] = fittedRange(rows.flatMap((r) => [r.actualBps, r.meanBps]));
  // Where whiskers are cut: half again past the dots at most.
  const [low, high] = [min / MARGIN, max * MARGIN];
  const cuts: AccuracyChartCut[] = [];
  const points = rows.map((r) => {
    // A NaN or -Infinity bound counts as running past the edge.
    const below = !(r.lowerBps >= low);
    const above = !(r.upperBps <= high);
    const p = {
      h: `${r.horizonDays} days ahead`,
      actual: r.actualBps,
      mean: r.meanBps,
      lo: below ? low : r.lowerBps,
      hi: above ? high : r.upperBps,
    };
    if (below) cuts.push({ ...cut(p, low), angle: 180 });
    if (above) cuts.push({ ...cut(p, high), angle: 0 });
    return p;
  });
  return { points, cuts, diagonal: [{ v: min }, { v: max }] };
}

/** The narrowest range the dots' axis spans, as a factor. */
const MIN_SPAN = 3.5;
/**
 * How far a whisker may stretch the forecast axis past the dots, as a
 * factor: the extreme dots' ordinary whiskers show whole (the sample's,
 * at 80 %, reach 1.03 times past the dots), a far wider one is cut.
 */
const MARGIN = 1.5;

function fittedRange(values: readonly number[]): [number, number] {
  let min = Math.min(...values);
  let max = Math.max(...values);
  const widen = Math.sqrt(MIN_SPAN / (max / min));
  if (widen > 1) [min, max] = [min / widen, max * widen];
  return [min, max];
}

const cut = (p: AccuracyChartPoint, at: number) => ({
  h: p.h,
  actual: p.actual,
  at,
});
