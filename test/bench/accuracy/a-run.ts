import { WIDEN_GRID } from '#lib/forecast/index';
import type { Scored } from '../../../bench/accuracy/data.ts';
import type { SettingRun } from '../../../bench/accuracy/lofo.ts';

/** 20 days of actuals at 10, forecast `10 + err` with bounds ±1. */
function scored(err: number): Scored {
  const at = (v: number) => new Float64Array(20).fill(v);
  return {
    y: at(10),
    mean: at(10 + err),
    lo80: at(9 + err),
    hi80: at(11 + err),
    lo95: at(8.5 + err),
    hi95: at(11.5 + err),
    scale: 1,
  };
}

/** A point setting whose forecast of case i is off by `errs[i]`. */
export const aRun = (point: string, errs: number[]): SettingRun => ({
  point,
  scaleBy: 'level',
  base: WIDEN_GRID[0]!,
  cut: errs.map(scored),
});
