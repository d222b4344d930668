import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';
import { severityRank } from '#lib/domain/vocabulary';
import type {
  ChangeRule,
  ChangesReport,
  TrackedGroup,
} from './change-types.ts';
import { withStreaks } from './hold-severity.ts';
import { trackGroup } from './track-group.ts';

/** What the previous run left for the comparison. */
export interface PreviousRun {
  readonly asOf: string;
  readonly state: readonly TrackedGroup[];
}

/**
 * What changed for each capacity group since the previous run (new,
 * escalated, re-opened, de-escalated, resolved; order-by moved; ask
 * changed; growth re-estimated), with hysteresis so that noise around a
 * threshold does not flap (see `holdSeverity`, `holdAsk`). Groups at `ok`
 * before and after are tracked but not listed.
 *
 * @param previous - the previous run's state, or undefined on a first run
 * @param evaluations - this run's evaluations (groups are used)
 * @param asOf - this run's date
 * @param rule - the hysteresis parameters
 * @returns the changes, most severe first, and the state to save
 * @example
 * computeChanges({ asOf: '2026-11-19', state }, evaluations, '2026-11-26', rule)
 *   .changes[0]?.kinds; // ['escalated', 'order-by-moved']
 */
export function computeChanges(
  previous: PreviousRun | undefined,
  evaluations: readonly Evaluation[],
  asOf: string,
  rule: ChangeRule,
): ChangesReport {
  const before = new Map(
    previous?.state.map((t) => [t.key, withStreaks(t, previous.asOf)]),
  );
  const groups = evaluations.filter((e) => e.level === 'group');
  const results = groups.map((e) =>
    trackGroup(before.get(e.key), e, asOf, rule),
  );
  const changes =
    previous === undefined
      ? []
      : results.flatMap((r) => (r.change ? [r.change] : []));
  changes.sort(
    (a, b) =>
      severityRank(b.severity.to) - severityRank(a.severity.to) ||
      compareNames(a.key, b.key),
  );
  return {
    asOf,
    ...(previous ? { previousAsOf: previous.asOf } : {}),
    rule,
    changes,
    state: results.map((r) => r.tracked),
  };
}
