/**
 * The windows of a young series' LOFO section (`young-lofo.ts`): each
 * shared series (the longest case of each, train and test days
 * together) cut to a range of lengths from its first day and from every
 * `step`th day after (at most `starts` starts), forecast a year ahead
 * by the production setting with each value of a grid, cut per band of
 * days ahead; and the line of coverage per band of some of them.
 */
import { type EngineSetting, forecastSeries } from '#lib/forecast/index';
import { type Case, cut, type Scored, wholeSeries } from './data.ts';
import { LEVELS } from './forecast-all.ts';
import { type CaseScore, scoreCase, summarize } from './score.ts';

const AHEAD = 365;
const BANDS = [
  [1, 30],
  [31, 90],
  [91, 180],
  [181, 365],
] as const;

/** What one section chooses, and on which windows. */
export interface YoungSpec {
  /** The heading, e.g. `8–27 days (the last week repeated)`. */
  readonly title: string;
  /** First and last length cut, in days. */
  readonly lengths: readonly [number, number];
  readonly step: number;
  readonly starts: number;
  readonly grid: readonly number[];
  /** The code's value (a member of `grid`). */
  readonly code: number;
  readonly setting: (value: number) => EngineSetting;
  /** Lengths also printed alone (first, last). */
  readonly focus?: readonly [number, number];
}

/** One window: family, length, per value the forecast cut per band. */
export interface Window {
  readonly family: string;
  readonly n: number;
  readonly all: readonly Scored[];
  readonly bands: readonly (readonly Scored[])[];
}

type At = { c: Case; y: readonly number[]; from: number; n: number };

function windowOf(spec: YoungSpec, { c, y, from, n }: At): Window {
  const rest = y.slice(from + n, from + n + AHEAD);
  const test = rest.flatMap((v, i) =>
    Number.isFinite(v) ? [[i, v] as const] : [],
  );
  const at = (lo: number, hi: number) =>
    ({ ...c, test: test.filter(([i]) => i + 1 >= lo && i + 1 <= hi) }) as Case;
  const scored = spec.grid.map((v) => {
    const f = forecastSeries(y.slice(from, from + n), {
      horizon: AHEAD,
      levels: LEVELS,
      season: 7,
      setting: spec.setting(v),
    });
    return {
      all: cut(at(1, AHEAD), f),
      bands: BANDS.map(([lo, hi]) => cut(at(lo, hi), f)),
    };
  });
  return {
    family: c.family,
    n,
    all: scored.map((s) => s.all),
    bands: BANDS.map((_, b) => scored.map((s) => s.bands[b]!)),
  };
}

export function windows(spec: YoungSpec, cases: readonly Case[]): Window[] {
  const out: Window[] = [];
  const [first, last] = spec.lengths;
  for (const { c, y } of wholeSeries(cases)) {
    for (let k = 0; k < spec.starts; k += 1) {
      for (let n = first; n <= last; n += 1) {
        const from = k * spec.step;
        if (from + n + 30 > y.length) continue;
        out.push(windowOf(spec, { c, y, from, n }));
      }
    }
  }
  return out;
}

const cov = (scores: readonly CaseScore[]) => {
  const s = summarize(scores.filter((x) => x.days > 0));
  return `${s.cov80.toFixed(1)} / ${s.cov95.toFixed(1)}, >u80 ${s.over80.toFixed(1)}, MSIS ${s.msis.toFixed(1)}`;
};

/**
 * Coverage per band of the windows `idx`, at the value `v` each.
 *
 * @param name - the line's name
 * @param all - every window
 * @param idx - pairs of a window's index and a value's index in the grid
 * @returns the line
 */
export function bandLine(
  name: string,
  all: readonly Window[],
  idx: readonly (readonly [number, number])[],
) {
  const parts = BANDS.map(([lo, hi], b) => {
    const s = idx.map(([i, v]) => scoreCase(all[i]!.bands[b]![v]!));
    const n = s.filter((x) => x.days > 0).length;
    return `${lo}–${hi}: ${n > 0 ? cov(s) : '–'} (${n})`;
  });
  return `${name.padEnd(30)} ${parts.join('  ')}`;
}
