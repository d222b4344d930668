import { daysBetween } from '#lib/domain/dates';
import type { Evaluation, StepRecord } from '#lib/domain/evaluation';
import type { InventoryLink } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import { levelBefore } from './step-record.ts';

/** Most days between the first days of two link steps that answer each other. */
const ANSWER_DAYS = 2;
/** Smallest ratio of the smaller to the larger bps change of an answer. */
const ANSWER_SIZE = 0.5;
/** Smallest link step, as a share of its group's level, named on the group. */
const GROUP_SHARE = 0.1;

/**
 * Link steps within their bundle: a link step answered by a sibling's
 * opposite step (first days within {@link ANSWER_DAYS}, sizes in bps
 * within a factor 2) while the group's own series does not step is marked
 * `withinBundle` (traffic moved between the links), as is a link's rise
 * that begins within {@link ANSWER_DAYS} of a sibling's retirement and is
 * no larger than the retired link's capacity (its traffic moved to the
 * links left: docs/architecture.md "Retired links"). A group without a
 * step of its own gets its largest link step that no sibling answers, at
 * least {@link GROUP_SHARE} of the group's level in bps, with `link` set
 * (`evaluateAll` then makes the group's forecast follow it).
 *
 * @param evaluations - a run's evaluations (links, groups, ISPs)
 * @param histories - each evaluation's history, in the same order
 * @param retired - each group's links retired by the run's date, by key
 * @returns the evaluations with link steps marked and groups given theirs
 * @example
 * markBundleMoves(evaluations, histories).filter((e) => e.step?.link);
 */
export function markBundleMoves(
  evaluations: readonly Evaluation[],
  histories: readonly DailySeries[],
  retired: ReadonlyMap<string, readonly InventoryLink[]> = new Map(),
): Evaluation[] {
  const stepping = new Set(
    evaluations.filter((e) => e.level === 'group' && e.step).map((e) => e.key),
  );
  const links = evaluations.filter((e) => e.level === 'link' && e.step);
  const marked = evaluations.map((e) => {
    if (e.level !== 'link' || !e.step || stepping.has(e.group ?? '')) return e;
    const answered =
      links.some(
        (o) => o !== e && o.group === e.group && answers(o.step!, e.step!),
      ) || movedIn(e.step, retired.get(e.group ?? '') ?? []);
    return answered ? { ...e, step: { ...e.step, withinBundle: true } } : e;
  });
  return marked.map((e, i) =>
    e.level === 'group' && !e.step && (e.memberLinks ?? 1) > 1
      ? withLinkStep(e, histories[i]!, marked)
      : e,
  );
}

/** Whether two link steps are one move: opposite, near in time and size. */
function answers(a: StepRecord, b: StepRecord): boolean {
  if (a.direction === b.direction) return false;
  if (Math.abs(daysBetween(a.date, b.date)) > ANSWER_DAYS) return false;
  const [x, y] = [Math.abs(a.changeBps ?? 0), Math.abs(b.changeBps ?? 0)];
  return Math.min(x, y) >= ANSWER_SIZE * Math.max(x, y) && x > 0;
}

/** Whether a link's step is a retired sibling's traffic moving in. */
function movedIn(step: StepRecord, retired: readonly InventoryLink[]) {
  return (
    step.direction === 'up' &&
    retired.some(
      (link) =>
        Math.abs(daysBetween(link.retiredOn!, step.date)) <= ANSWER_DAYS &&
        (step.changeBps ?? 0) <= link.capacityBps,
    )
  );
}

/** The group with its largest unanswered link step, if one is large enough. */
function withLinkStep(
  group: Evaluation,
  history: DailySeries,
  evaluations: readonly Evaluation[],
): Evaluation {
  let best: StepRecord | undefined;
  for (const e of evaluations) {
    if (e.level !== 'link' || e.group !== group.key || !e.step) continue;
    if (e.step.withinBundle || e.step.changeBps === undefined) continue;
    const index = daysBetween(history.start, e.step.date);
    const level = levelBefore(history.values, index);
    const share = level > 0 ? Math.abs(e.step.changeBps) / level : 0;
    if (share < GROUP_SHARE) continue;
    if (best && Math.abs(best.groupPct!) >= 100 * share) continue;
    const groupPct = Math.round((1000 * e.step.changeBps) / level) / 10;
    best = { ...e.step, link: e.key, groupPct };
  }
  return best ? { ...group, step: best } : group;
}
