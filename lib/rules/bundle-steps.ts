import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation, StepRecord } from '#lib/domain/evaluation';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';
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
 * `withinBundle` (traffic moved between the links). A group without a
 * step of its own gets its largest link step that no sibling answers, at
 * least {@link GROUP_SHARE} of the group's level in bps, with `link` set
 * (`evaluateAll` then makes the group's forecast follow it). A link's
 * rise is answered too by a sibling retired since (`fromRetired`).
 *
 * @param evaluations - a run's evaluations (links, groups, ISPs)
 * @param histories - each evaluation's history, in the same order
 * @param retiredOn - the retirement days of each group's retired links
 * @returns the evaluations with link steps marked and groups given theirs
 * @example
 * markBundleMoves(evaluations, histories).filter((e) => e.step?.link);
 */
export function markBundleMoves(
  evaluations: readonly Evaluation[],
  histories: readonly DailySeries[],
  retiredOn: ReadonlyMap<string, readonly string[]> = new Map(),
): Evaluation[] {
  const stepping = new Set(
    evaluations.filter((e) => e.level === 'group' && e.step).map((e) => e.key),
  );
  const groups = new Map(
    evaluations.flatMap((e, i) =>
      e.level === 'group' ? [[e.key, histories[i]!] as const] : [],
    ),
  );
  const links = evaluations.filter((e) => e.level === 'link' && e.step);
  const marked = evaluations.map((e) => {
    if (e.level !== 'link' || !e.step || stepping.has(e.group ?? '')) return e;
    const group = e.group ?? '';
    const answered =
      links.some(
        (o) => o !== e && o.group === e.group && answers(o.step!, e.step!),
      ) || fromRetired(e.step, retiredOn.get(group), groups.get(group));
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

/**
 * Whether a link's rise is the traffic of a sibling retired since
 * (docs/architecture.md "Retired links"), moved to it: the sibling left
 * service from the day before the rise's first day less
 * {@link ANSWER_DAYS} on (drained first, retired days later), and the
 * group's level from that day on moved by less than half the rise. A
 * retired link is not evaluated, so no step of its own answers it.
 */
function fromRetired(
  step: StepRecord,
  retiredOn: readonly string[] = [],
  group: DailySeries | undefined,
): boolean {
  if (step.direction !== 'up' || !step.changeBps || !group) return false;
  const since = addDays(step.date, -1 - ANSWER_DAYS);
  if (!retiredOn.some((day) => day >= since)) return false;
  const index = daysBetween(group.start, step.date);
  const after = group.values.slice(Math.max(0, index)).filter(Number.isFinite);
  if (after.length === 0) return false;
  const change = median(after) - levelBefore(group.values, index);
  return Math.abs(change) < step.changeBps / 2;
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
