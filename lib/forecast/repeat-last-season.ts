import { daysSpread } from './days-spread.ts';
import { normalBounds } from './intervals.ts';
import { fitSeasonalNaive, predictSeasonalNaive } from './seasonal-naive.ts';
import type { EngineSetting } from './settings.ts';

/** The parts of the engine setting a short series' bounds read. */
export type ShortSetting = Pick<
  EngineSetting,
  'shortGrowth' | 'shortPrior' | 'daysGrowth'
>;

/**
 * The forecast of a series too short for model selection (fewer than
 * `MIN_SELECT_LENGTH` days: a new link): its last season repeated, with
 * no drift, its bounds from the seasonal differences it has, widening
 * with each season ahead. A drift from a few weeks is mostly the link's
 * turn-up: carried a year ahead (52 seasons), a link ramping up over its
 * first two weeks to 10 Gbps was forecast at 240 Gbps, and its bounds,
 * from one or two differences the drift fitted exactly, had no width
 * (docs/architecture.md "The forecast engine", short series). With a
 * season or less of days there is no seasonal difference: its last days
 * are repeated (a whole season whole, each day on its weekday), and its
 * bounds come from the differences of any two of its days
 * ({@link daysSpread}), widening with the seasons ahead (not with each
 * of the shrunk ones: 183 in a year from 3 days made 5 of 8 bundles of a
 * new lake critical) to the power `daysGrowth`, ½ when absent (not
 * widened, they held 58 / 74 % of the shared cases' next 30 days at 80 /
 * 95 %, 31 / 43 % a year on). With more, the deviation of its k
 * seasonal differences is pooled with the days' spread, which counts as
 * `shortPrior` differences: σ² = (k σ_season² + w σ_days²) / (k + w)
 * (w = 1 when absent, as four folds of five chose: from its one
 * difference alone, a new link's bounds narrowed from 7 days to 8 and
 * held 62.6 % of the shared cases' next 30 days at 80 %, against 82.8 %
 * at 7 days; pooled, 81.7 %).
 *
 * @param values - finite observations
 * @param season - season length
 * @param horizon - days ahead
 * @param levels - interval levels in percent
 * @param setting - the powers of the seasons ahead the deviation grows
 *   by (`shortGrowth`, `daysGrowth`, ½ each when absent) and the days'
 *   spread's weight (`shortPrior`)
 * @returns mean and bounds
 * @example
 * repeatLastSeason([1, 2, 3], 7, 2, [80]).mean; // [2, 3]
 */
export function repeatLastSeason(
  values: readonly number[],
  season: number,
  horizon: number,
  levels: readonly number[],
  setting: ShortSetting = {},
) {
  const fit = fitSeasonalNaive(values, season, false);
  const spread = daysSpread(values);
  if (values.length > season) {
    const [k, w] = [values.length - season, setting.shortPrior ?? 1];
    const sigma = Math.sqrt((k * fit.sigma ** 2 + w * spread ** 2) / (k + w));
    const growth = setting.shortGrowth ?? 0.5;
    return predictSeasonalNaive({ ...fit, sigma }, horizon, levels, growth);
  }
  const whole = values.length === season ? { ...fit, lastSeason: values } : fit;
  const { mean } = predictSeasonalNaive(whole, horizon, []);
  const growth = setting.daysGrowth ?? 0.5;
  return normalBounds(
    mean,
    mean.map((_, h) => spread * (Math.floor(h / season) + 1) ** growth),
    levels,
  );
}

/** The model name of {@link repeatLastSeason}. */
export const REPEAT_LAST_SEASON = 'snaive';
