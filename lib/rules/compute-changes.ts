import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';
import { severityRank } from '#lib/domain/vocabulary';
import type {
  ChangeRule,
  ChangesReport,
  GroupChange,
  TrackedGroup,
} from './change-types.ts';
import { memberLinks, renamedGroups } from './renamed-groups.ts';
import { trackGroup } from './track-group.ts';
import { withStreaks } from './with-streaks.ts';

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
 * before and after are tracked but not listed. A group renamed in
 * links.csv (`renamedGroups`) is compared with its state under its old
 * key, so that a fall held back stays held and it is not listed as new.
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
  const members = memberLinks(evaluations);
  const renamed = renamedGroups(before, members);
  const prevOf = (e: Evaluation) => {
    const from = renamed.get(e.key);
    const prev = before.get(from ?? e.key);
    return from === undefined || prev === undefined
      ? prev
      : { ...prev, key: e.key, isp: e.isp };
  };
  const results = groups.map((e) => {
    const result = trackGroup(prevOf(e), e, asOf, rule);
    const links = members.get(e.key);
    return links === undefined
      ? result
      : { ...result, tracked: { ...result.tracked, links } };
  });
  const changes =
    previous === undefined
      ? []
      : results.flatMap((r) => (r.change ? [r.change] : []));
  changes.sort(mostSevereFirst);
  return {
    asOf,
    ...(previous ? { previousAsOf: previous.asOf } : {}),
    rule,
    changes,
    state: results.map((r) => r.tracked),
  };
}

/** Changes most severe first (by the severity now), then by group name. */
function mostSevereFirst(a: GroupChange, b: GroupChange): number {
  return (
    severityRank(b.severity.to) - severityRank(a.severity.to) ||
    compareNames(a.key, b.key)
  );
}
