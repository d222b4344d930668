import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation, StepRecord } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';

/**
 * How the report and the email name a step: "traffic stepped +70% on
 * 2026-11-20", with "(forecast not following it yet)" while it is young;
 * a group's link step names the link and its share of the group ("traffic
 * on a stepped +70% on 2026-11-20 (+35% of the group)").
 *
 * @param step - the step
 * @returns the sentence
 * @example
 * stepText({ date: '2026-11-20', days: 6, changePct: 70.4,
 *   direction: 'up', followed: true }); // 'traffic stepped +70% on 2026-11-20'
 */
export function stepText(step: Omit<StepRecord, 'days'>): string {
  const who = step.link === undefined ? 'traffic' : `traffic on ${step.link}`;
  const head = `${who} stepped ${signed(step.changePct)}% on ${step.date}`;
  const share =
    step.link === undefined
      ? ''
      : ` (${signed(step.groupPct ?? 0)}% of the group)`;
  return step.followed
    ? `${head}${share}`
    : `${head}${share} (forecast not following it yet)`;
}

function signed(value: number): string {
  const pct = Math.round(value);
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${Math.abs(pct)}`;
}

/**
 * The rows of `steps.json`: every series with a step (links, groups,
 * ISPs), level then key.
 *
 * @param evaluations - the run's evaluations
 * @returns one row per stepped series
 * @example
 * stepRows(evaluations)[0]; // { level: 'group', key: …, date: …, … }
 */
export function stepRows(evaluations: readonly Evaluation[]) {
  return evaluations
    .filter((e) => e.step !== undefined)
    .map((e) => ({
      level: e.level,
      key: e.key,
      isp: e.isp,
      ...(e.group === undefined ? {} : { group: e.group }),
      ...e.step!,
    }))
    .sort(
      (a, b) =>
        compareCodePoints(a.level, b.level) || compareNames(a.key, b.key),
    );
}
