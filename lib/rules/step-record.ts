import { addDays } from '#lib/domain/dates';
import type { StepRecord } from '#lib/domain/evaluation';
import type { SeriesInput } from './types.ts';

/** Days before a step whose median is its old level. */
const REF_DAYS = 28;

/**
 * The step the forecast found at the end of a series' history, dated and
 * sized in bps (docs/architecture.md "Steps").
 *
 * @param input - the series with its history and forecast
 * @returns `{ step }`, or nothing when there is no step
 * @example
 * stepOf(input).step?.date; // '2026-11-20'
 */
export function stepOf(input: Pick<SeriesInput, 'history' | 'forecast'>): {
  step?: StepRecord;
} {
  const s = input.forecast.step;
  if (s === undefined) return {};
  const level = levelBefore(input.history.values, s.index);
  return {
    step: {
      date: addDays(input.history.start, s.index),
      days: s.days,
      changePct: s.changePct,
      direction: s.direction,
      followed: s.followed,
      ...(level > 0
        ? { changeBps: Math.round((level * s.changePct) / 100) }
        : {}),
    },
  };
}

/**
 * Median of the finite values of the {@link REF_DAYS} days before `index`
 * (the level a step starting there left); 0 when there are none.
 *
 * @param values - daily values
 * @param index - first day of the step
 * @returns the level
 * @example
 * levelBefore([1, 2, 3, 9], 3); // 2
 */
export function levelBefore(values: readonly number[], index: number): number {
  const days = values
    .slice(Math.max(0, index - REF_DAYS), Math.max(0, index))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (days.length === 0) return 0;
  const mid = days.length / 2;
  return days.length % 2 === 1
    ? days[Math.floor(mid)]!
    : (days[mid - 1]! + days[mid]!) / 2;
}
