import type { CleanedPoint } from '#lib/domain/forecast';
import { deseasonalize } from './deseasonalize.ts';
import { removeSorted, slideSorted } from './sorted-window.ts';
import { mad, median, sortedQuantile } from './stats.ts';

/** Days compared on each side of a candidate shift. */
const SIDE = 28;
/** Fewest days after a shift before it counts as one. */
const MIN_AFTER = 14;
/** Smallest relative change that counts as a shift. */
const MIN_CHANGE = 0.2;
/** Candidate days are tried every few days, then refined. */
const STRIDE = 4;

/**
 * Find up to three level shifts (the median of the days after a point
 * clears the 28 days before by 20 % or more: the quartiles of the two sides
 * do not overlap, so a week of outage does not count) and move the data before each shift to the level after
 * it. Each shift is recorded once, at its first day, with the levels
 * before (`original`) and after (`replacement`). The test reads the series
 * with its weekly figure divided out (`deseasonalize`, as Theta's), where
 * a season is given: the weekend's dip filled the gap between the two
 * sides' quartiles, and a fall of 30 % went unseen. A shift counts only
 * where it lasts: the last 28 days must still be 20 % off the level before
 * it, on its side; a plateau the series left is not where its history
 * belongs (docs/architecture.md "The forecast engine", Cleaning).
 *
 * @param values - finite series
 * @param season - the season length (1: none)
 * @param minChange - the smallest change that counts, as a share of the
 *   level before it (the quartile gap, and how far the last 28 days stay
 *   off); 0.2 for the cleaning, finer for the intervals' runs
 *   (`withoutLaterRises`)
 * @returns adjusted values and the shifts found
 * @example
 * detectLevelShifts([...Array(40).fill(10), ...Array(20).fill(20)])
 *   .values[0]; // 20
 */
export function detectLevelShifts(
  values: readonly number[],
  season = 1,
  minChange = MIN_CHANGE,
): {
  values: number[];
  cleaned: CleanedPoint[];
} {
  const out = [...values];
  const cleaned: CleanedPoint[] = [];
  const { adjusted, noise } = adjustedSeries(values, season);
  for (let round = 0; round < 3; round += 1) {
    const shift = strongestShift(adjusted, noise, minChange);
    if (shift === undefined) break;
    const { index, before, after } = shift;
    const end = median(adjusted.slice(Math.max(index, adjusted.length - SIDE)));
    const lasting =
      Math.sign(end - before) === Math.sign(after - before) &&
      Math.abs(end - before) >= minChange * Math.abs(before);
    if (!lasting) break;
    for (let i = 0; i < index; i += 1) {
      const move = (x: number) =>
        before > 0 && after > 0 ? (x * after) / before : x + after - before;
      out[i] = move(out[i]!);
      adjusted[i] = move(adjusted[i]!);
    }
    cleaned.push({
      index,
      kind: 'level-shift',
      original: before,
      replacement: after,
    });
  }
  return { values: out, cleaned };
}

/**
 * The series as the test reads it, its weekly figure divided out where a
 * season is given, and its noise: the MAD of its day-to-day steps.
 */
function adjustedSeries(values: readonly number[], season: number) {
  const figure = season > 1 ? deseasonalize(values, season).figure : [1];
  // Indexed loops: from `map`'s callback each value came back as a heap
  // number, twice the bytes of the array itself.
  const adjusted = new Array<number>(values.length);
  for (let t = 0; t < values.length; t += 1) {
    adjusted[t] = values[t]! / figure[t % figure.length]!;
  }
  const steps = new Array<number>(Math.max(0, values.length - 1));
  for (let i = 0; i < steps.length; i += 1) {
    steps[i] = adjusted[i + 1]! - adjusted[i]!;
  }
  return { adjusted, noise: mad(steps) };
}

function strongestShift(
  y: readonly number[],
  noise: number,
  minChange: number,
) {
  let best = { index: -1, score: 0 };
  const scores = new Float64Array(y.length);
  // Readable form: at each candidate c, sort copies of y[c − 28, c) and
  // y[c, c + 28); here both windows stay sorted and slide STRIDE days.
  const pre = Float64Array.from(y.slice(0, SIDE)).sort();
  const post = Float64Array.from(y.slice(SIDE, 2 * SIDE)).sort();
  let k = post.length;
  for (let c = SIDE; c <= y.length - MIN_AFTER; c += STRIDE) {
    for (let i = c - STRIDE; c > SIDE && i < c; i += 1) {
      slideSorted(pre, SIDE, y[i - SIDE]!, y[i]!);
      if (i + SIDE < y.length) slideSorted(post, k, y[i]!, y[i + SIDE]!);
      else removeSorted(post, k--, y[i]!);
    }
    // post[0..k) is the window after c (a length, not a subarray per c).
    const ref = Math.abs(sortedQuantile(pre, 0.5));
    const up = sortedQuantile(post, 0.25, k) - sortedQuantile(pre, 0.75);
    const down = sortedQuantile(pre, 0.25) - sortedQuantile(post, 0.75, k);
    const gap = Math.max(up, down);
    if (!(gap >= minChange * ref && gap >= 3 * noise && gap > 0)) continue;
    scores[c] = gap / Math.max(ref, 1e-300);
    if (scores[c]! > best.score) best = { index: c, score: scores[c]! };
  }
  if (best.index < 0) return undefined;
  const index = sharpest(y, scores, best.score);
  return {
    index,
    before: median(y.slice(index - SIDE, index)),
    after: median(y.slice(index, Math.min(y.length, index + SIDE))),
  };
}

/** Within the plateau of top scores, the day with the largest weekly jump. */
function sharpest(y: readonly number[], scores: Float64Array, top: number) {
  let index = -1;
  let jump = -1;
  scores.forEach((s, c) => {
    if (s < 0.9 * top) return;
    for (let d = -STRIDE; d <= STRIDE; d += 1) {
      const j = jumpAt(y, c + d);
      if (j > jump) {
        jump = j;
        index = c + d;
      }
    }
  });
  return index;
}

function jumpAt(y: readonly number[], c: number): number {
  if (c < SIDE || c > y.length - MIN_AFTER) return -1;
  const k = Math.min(7, y.length - c);
  let a = 0;
  let b = 0;
  for (let i = 0; i < k; i += 1) {
    a += y[c + i]! / k;
    b += y[c - 1 - i]! / k;
  }
  return Math.abs(a - b);
}
