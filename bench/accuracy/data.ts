/**
 * The shared evaluation cases (`daily/train.csv`, `daily/test.csv`): where
 * they are, how to load them, and how a forecast of one is scored (as the
 * datasets' scoring tool does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PointForecast } from '#lib/forecast/index';
import { seriesFromRecords } from '#lib/forecast/long-series';
import { maseScale } from '#lib/forecast/metrics';

/** One case: the train part, its MASE scale, and the test days. */
export interface Case {
  readonly id: string;
  readonly family: Family;
  readonly train: readonly number[];
  readonly start: number;
  readonly scale: number;
  /** Test day offset (0 = first day after train) and actual value. */
  readonly test: readonly (readonly [number, number])[];
}

/** The five families; six-peak and six-mean are one source. */
export const FAMILIES = ['six', 'wiki', 'lte', 'cesnet', 'ficix'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Family of a case id (`six-peak@2010-01-01` → `six`).
 *
 * @param id - case id
 * @returns the family
 */
export function familyOf(id: string): Family {
  const found = FAMILIES.find((f) => id.startsWith(f));
  if (found === undefined) throw new Error(`unknown family of case ${id}`);
  return found;
}

/**
 * The datasets folder: `HEADROOM_DATASETS`, else `../shared/datasets`
 * beside the repository (or beside its parent, for a git worktree), else
 * `/work/shared/datasets`.
 *
 * @returns the folder holding `daily/train.csv`, or undefined (with the
 *   places tried) when none does
 */
export function datasetsDir(): { dir?: string; tried: string[] } {
  const repo = resolve(import.meta.dirname, '../..');
  const tried = [
    process.env.HEADROOM_DATASETS,
    resolve(repo, '../shared/datasets'),
    resolve(repo, '../../shared/datasets'),
    '/work/shared/datasets',
  ].filter((d): d is string => d !== undefined && d !== '');
  const dir = tried.find((d) => existsSync(`${d}/daily/train.csv`));
  return dir === undefined ? { tried } : { dir, tried };
}

/**
 * Load every case of the folder.
 *
 * @param dir - datasets folder
 * @returns the cases, in file order
 */
export function loadCases(dir: string): Case[] {
  const read = (f: string) =>
    parse(readFileSync(`${dir}/daily/${f}`, 'utf8')) as string[][];
  const tests = new Map(
    seriesFromRecords(read('test.csv'), 'test.csv').map((s) => [s.id, s]),
  );
  return seriesFromRecords(read('train.csv'), 'train.csv').map((s) => {
    const t = tests.get(s.id)!;
    const first = s.start + s.values.length;
    const test: [number, number][] = [];
    t.values.forEach((y, i) => {
      if (Number.isFinite(y)) test.push([t.start + i - first, y]);
    });
    // score.py scales by the seasonal naive error of the raw train part.
    const scale = maseScale(s.values, 7);
    const train = [...s.values];
    return {
      id: s.id,
      family: familyOf(s.id),
      train,
      start: s.start,
      scale,
      test,
    };
  });
}

/** A forecast cut to the test days of its case, kept for scoring. */
export interface Scored {
  readonly y: Float64Array;
  readonly mean: Float64Array;
  /** Lower and upper bounds at 80 and 95 %. */
  readonly lo80: Float64Array;
  readonly hi80: Float64Array;
  readonly lo95: Float64Array;
  readonly hi95: Float64Array;
  readonly scale: number;
}

/**
 * Keep a forecast's values on the test days of its case.
 *
 * @param c - the case
 * @param f - forecast with levels 80 and 95
 * @returns the values needed for scoring
 */
export function cut(c: Case, f: PointForecast): Scored {
  const at = (a: readonly number[]) =>
    Float64Array.from(c.test, ([i]) => a[i]!);
  return {
    y: Float64Array.from(c.test, ([, y]) => y),
    mean: at(f.mean),
    lo80: at(f.lower[80]!),
    hi80: at(f.upper[80]!),
    lo95: at(f.lower[95]!),
    hi95: at(f.upper[95]!),
    scale: c.scale,
  };
}

/**
 * The longest case of each series (`six-peak@2010-01-01` → `six-peak`),
 * its train and test days in one, a missing day NaN.
 *
 * @param cases - the shared cases
 * @returns one case and its days per series
 */
export function wholeSeries(cases: readonly Case[]) {
  const longest = new Map<string, Case>();
  for (const c of cases) {
    const name = c.id.split('@')[0]!;
    const span = (x: Case) => x.train.length + (x.test.at(-1)?.[0] ?? 0);
    const had = longest.get(name);
    if (had === undefined || span(c) > span(had)) longest.set(name, c);
  }
  return [...longest.values()].map((c) => {
    const y = [...c.train];
    for (const [i, v] of c.test) y[c.train.length + i] = v;
    return { c, y: Array.from(y, (v) => v ?? Number.NaN) };
  });
}
