import { recentLevel, type runBacktest } from './backtest.ts';
import type { Recipe } from './choose.ts';
import { conformalMultipliers, type SidedMultipliers } from './conformal.ts';
import { guardedScale } from './guard-scale.ts';
import { withoutLaterRises } from './later-rises.ts';
import { NOISE_WINDOW, noiseScale } from './noise-scale.ts';
import type { scoreRuns } from './score-runs.ts';
import { type EngineSetting, widenAt } from './settings.ts';

/** Horizon, levels and season of a calibration (a `SelectOptions`). */
export interface CalibrateOptions {
  readonly horizon: number;
  readonly levels: readonly number[];
  readonly season: number;
}

/**
 * Conformal intervals for the chosen recipe (`chooseRecipe`): its
 * relative error scale per step ({@link guardedScale}) and multipliers
 * from its backtest errors ({@link conformalMultipliers}), widened by the
 * setting, scaled by the series' level or noise now. The runs are read
 * with a later lasting rise the cleaning left in place divided out
 * ({@link withoutLaterRises}, from the setting's `rise`); with
 * `scaleBy: 'noise'` they are then rescaled to today's noise
 * ({@link rescaled}).
 *
 * @param values - finite, cleaned series
 * @param runs - the backtest runs
 * @param recipe - the chosen recipe
 * @param ranked - the scored candidates
 * @param o - horizon, levels, season
 * @param setting - the engine setting (`scaleBy`, widening per level)
 * @returns relative scale, multipliers per level, today's scale per step,
 *   the runs and path used; undefined without usable errors
 * @example
 * calibrateRecipe(y, runs, recipe, ranked, options, setting)?.sd;
 */
export function calibrateRecipe(
  values: readonly number[],
  runs: ReturnType<typeof runBacktest>,
  recipe: Recipe,
  ranked: ReturnType<typeof scoreRuns>,
  o: CalibrateOptions,
  setting: EngineSetting,
) {
  const noise = setting.scaleBy === 'noise';
  const scaleAt = (end: number) => {
    const level = recentLevel(
      values.slice(Math.max(0, end - o.season), end),
      o.season,
    );
    return noise
      ? Math.max(noiseScale(values, end, o.season), 1e-3 * level)
      : level;
  };
  const base = withoutLaterRises(runs, values, o.season, setting.rise);
  const calRuns = noise
    ? rescaled(base, (i) => recipe.path(runs[i]!), scaleAt, values.length)
    : base;
  const original = new Map(calRuns.map((r, i) => [r, runs[i]!]));
  const path = (r: (typeof runs)[number]) => recipe.path(original.get(r) ?? r);
  const calRanked = ranked.map((c) => ({
    ...c,
    path: (r: (typeof runs)[number]) => c.path(original.get(r) ?? r),
  }));
  const steps = Math.max(o.horizon, calRuns[0]?.actual.length ?? 0);
  const rel = guardedScale(calRuns, path, calRanked, steps);
  if (rel === undefined) return undefined;
  const raw = conformalMultipliers(calRuns, path, rel, o.levels);
  const side = (side: keyof SidedMultipliers) =>
    Object.fromEntries(
      o.levels.map((l) => [l, raw[side][l]! * widenAt(setting.widen[side], l)]),
    );
  const k: SidedMultipliers = { upper: side('upper'), lower: side('lower') };
  const now = scaleAt(values.length);
  const sd = rel.slice(0, o.horizon).map((s) => s * now);
  return { rel, k, sd, runs: calRuns, path };
}

/**
 * Backtest runs with each error rescaled to today's noise: an error at day
 * t is multiplied by s_now / s(t), where s(t) is the noise of the weeks
 * around t (centred, {@link NOISE_WINDOW} days, computed weekly), so the
 * conformal scores stay exchangeable when the noise changes.
 */
function rescaled(
  runs: ReturnType<typeof runBacktest>,
  path: (index: number) => readonly number[],
  scaleAt: (end: number) => number,
  n: number,
) {
  const now = scaleAt(n);
  const cache = new Map<number, number>();
  const at = (t: number) => {
    const week = Math.floor(t / 7);
    let s = cache.get(week);
    if (s === undefined) {
      s = scaleAt(Math.min(n, 7 * week + NOISE_WINDOW / 2));
      cache.set(week, s);
    }
    return s;
  };
  return runs.map((r, index) => {
    const p = path(index);
    const actual = r.actual.map(
      (y, i) => p[i]! + ((y - p[i]!) * now) / at(r.origin + i),
    );
    return { ...r, actual, level: now };
  });
}
