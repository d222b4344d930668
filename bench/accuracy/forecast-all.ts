/** The engine's forecasts of the shared cases, as `bench:accuracy` makes them. */
import { writeFileSync } from 'node:fs';
import {
  type ALL_MODELS,
  DEFAULT_SETTING,
  type EngineSetting,
  forecastSeries,
  SETTING_GRID,
  WIDEN_GRID,
} from '#lib/forecast/index';
import { isoDay } from '#lib/forecast/parse-day';
import { type Case, cut } from './data.ts';
import type { SettingRun } from './lofo.ts';

/** Horizon (days) and interval levels of every forecast. */
export const H = 90;
export const LEVELS = [80, 95];

/** Each case's forecast under `setting` (and only `models`, if given). */
export function forecastAll(
  cases: readonly Case[],
  setting: EngineSetting,
  models?: typeof ALL_MODELS,
) {
  return cases.map((c) =>
    forecastSeries(c.train, {
      horizon: H,
      levels: LEVELS,
      season: 7,
      setting,
      ...(models ? { candidates: models } : {}),
    }),
  );
}

/** A setting's point part (pool/rule/margin): its id less the scale. */
export const pointOf = (s: EngineSetting) =>
  s.id.split('/').slice(0, -1).join('/');

/**
 * Every setting of `settings` (the grid's unless given) run once, at the
 * grid's narrowest widening; the interval part of each run is named by
 * `variant` (the interval scale unless given).
 */
export function settingRuns(
  cases: readonly Case[],
  settings: readonly EngineSetting[] = SETTING_GRID,
  variant: (s: EngineSetting) => string = (s) => s.scaleBy,
): SettingRun[] {
  const base = Math.min(...WIDEN_GRID);
  return settings.map((s) => {
    const t = performance.now();
    const fs = forecastAll(cases, {
      ...s,
      widen: {
        lower: { 80: base, 95: base },
        upper: { 80: base, 95: base },
      },
    });
    const scaleBy = variant(s);
    process.stderr.write(
      `  ${s.id}${scaleBy === s.scaleBy ? '' : ` ${scaleBy}`}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    return {
      point: pointOf(s),
      scaleBy,
      base,
      cut: fs.map((f, i) => cut(cases[i]!, f)),
    };
  });
}

/** Writes the default setting's forecasts of every case as CSV to `file`. */
export function writeForecasts(file: string, cases: readonly Case[]) {
  const rows = ['series_id,ds,mean,lo80,hi80,lo95,hi95'];
  forecastAll(cases, DEFAULT_SETTING).forEach((f, k) => {
    const c = cases[k]!;
    const last = c.start + c.train.length - 1;
    f.mean.forEach((m, i) => {
      const b = [
        f.lower[80]![i],
        f.upper[80]![i],
        f.lower[95]![i],
        f.upper[95]![i],
      ];
      rows.push([c.id, isoDay(last + i + 1), m, ...b].join(','));
    });
  });
  writeFileSync(file, `${rows.join('\n')}\n`);
}
