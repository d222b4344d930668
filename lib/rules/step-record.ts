import { addDays } from '#lib/domain/dates';
import type { Evaluation, StepRecord } from '#lib/domain/evaluation';
import type { SeriesInput } from './types.ts';

/**
 * The step the forecast found at the end of a series' history, dated
 * (README "Forecast engine").
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
  return {
    step: {
      date: addDays(input.history.start, s.index),
      days: s.days,
      changePct: s.changePct,
      direction: s.direction,
      followed: s.followed,
    },
  };
}

/**
 * Marks the link steps that a sibling link in the same group answers with
 * a step the other way: traffic moved inside the bundle, so the group's
 * forecast does not change and no message names the step.
 *
 * @param evaluations - a run's evaluations (links, groups, ISPs)
 * @returns the same evaluations, those link steps marked `withinBundle`
 * @example
 * markBundleMoves(evaluations).filter((e) => e.step?.withinBundle);
 */
export function markBundleMoves(
  evaluations: readonly Evaluation[],
): Evaluation[] {
  const stepped = evaluations.filter(
    (e) => e.level === 'link' && e.step !== undefined,
  );
  return evaluations.map((e) => {
    if (e.level !== 'link' || e.step === undefined) return e;
    const answered = stepped.some(
      (o) =>
        o !== e &&
        o.group === e.group &&
        o.step!.direction !== e.step!.direction,
    );
    return answered ? { ...e, step: { ...e.step, withinBundle: true } } : e;
  });
}
