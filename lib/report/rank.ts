import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';
import { ispSlug } from '#lib/domain/slug';
import { severityRank } from '#lib/domain/vocabulary';

/**
 * The groups that need attention (any severity but `ok`), most urgent
 * first: by order-by date (none last), then severity, then key.
 *
 * @param evaluations - evaluations of every level
 * @returns the ranked group evaluations
 * @example
 * rankGroups(input.evaluations)[0]?.orderByDate; // the earliest
 */
export function rankGroups(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations
    .filter((e) => e.level === 'group' && e.severity !== 'ok')
    .sort(byUrgency);
}

/**
 * Orders evaluations most urgent first (see `rankGroups`), ties in key
 * order (`compareNames`).
 *
 * @param a - one evaluation
 * @param b - another
 * @returns negative when `a` is more urgent
 * @example
 * groups.sort(byUrgency);
 */
export function byUrgency(a: Evaluation, b: Evaluation): number {
  const da = a.orderByDate ?? '9999-12-31';
  const db = b.orderByDate ?? '9999-12-31';
  return (
    compareCodePoints(da, db) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareCodePoints(
      a.criticalDateUpper ?? '9999',
      b.criticalDateUpper ?? '9999',
    ) ||
    compareNames(a.key, b.key)
  );
}

/**
 * The id of a group's section on its ISP page.
 *
 * @param key - the group's key
 * @returns e.g. 'g-acme-lhr1-pni'
 * @example
 * groupAnchor('Acme/LHR1/pni'); // 'g-acme-lhr1-pni'
 */
export function groupAnchor(key: string): string {
  return `g-${ispSlug(key)}`;
}
