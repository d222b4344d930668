import type { Evaluation } from '#lib/domain/evaluation';
import { addedBps } from '#lib/domain/plan-status';
import { isAtRisk, type Severity, severityRank } from '#lib/domain/vocabulary';
import type {
  ChangeKind,
  ChangeRule,
  GroupChange,
  TrackedGroup,
} from './change-types.ts';
import { groupChange } from './group-change.ts';
import { holdAsk, holdGrowth, holdOrderBy } from './hold-changes.ts';
import { holdSeverity } from './hold-severity.ts';

/**
 * One group's tracked state after this run, and its change if it is
 * listed: a group first seen is new unless `ok`; a group seen before has
 * its severity, ask, order-by date and growth held against noise
 * (`holdSeverity`, `holdAsk`, `holdOrderBy`, `holdGrowth`), and is listed
 * when one of them changed, unless it was and is `ok`.
 *
 * @param prev - the group's state from the previous run, if any
 * @param e - the group's evaluation in this run
 * @param asOf - this run's date
 * @param rule - the hysteresis parameters
 * @returns the state to save and the change, if listed
 * @example
 * trackGroup(undefined, evaluation, '2026-11-26', rule).change?.kinds;
 * // ['new'] for a group at risk
 */
export function trackGroup(
  prev: TrackedGroup | undefined,
  e: Evaluation,
  asOf: string,
  rule: ChangeRule,
): { tracked: TrackedGroup; change?: GroupChange } {
  const base = trackedBase(e);
  if (prev === undefined) return trackFirst(base, e);
  const { severity, belowSince } = holdSeverity(prev, e, asOf, rule);
  const ask = holdAsk(prev, e);
  const orderBy = holdOrderBy(prev, e, asOf, rule);
  const growth = Number.isFinite(prev.growthPctPerYear)
    ? holdGrowth(prev, e, rule)
    : { growth: e.growthPctPerYear, changed: false };
  const tracked: TrackedGroup = {
    ...base,
    severity,
    askPorts: ask.ports,
    askBps: ask.bps,
    ...(orderBy.date ? { orderByDate: orderBy.date } : {}),
    growthPctPerYear: growth.growth,
    everAtRisk: prev.everAtRisk || isAtRisk(severity),
    ...(Object.keys(belowSince).length > 0 ? { belowSince } : {}),
  };
  if (prev.severity === 'ok' && severity === 'ok') return { tracked };
  const kinds: ChangeKind[] = [
    ...severityKinds(prev, severity),
    ...(orderBy.moved !== 0 ? (['order-by-moved'] as const) : []),
    ...(ask.bps !== prev.askBps ? (['ask-changed'] as const) : []),
    ...(growth.changed ? (['growth-re-estimated'] as const) : []),
  ];
  return kinds.length === 0
    ? { tracked }
    : {
        tracked,
        change: groupChange(prev, tracked, kinds, orderBy.moved, rule),
      };
}

/** What a group's tracked state takes from its evaluation, held or not. */
type TrackedBase = Pick<
  TrackedGroup,
  | 'key'
  | 'isp'
  | 'portBps'
  | 'rawSeverity'
  | 'rawAskPorts'
  | 'capacityBps'
  | 'plannedBps'
  | 'trafficGone'
>;

function trackedBase(e: Evaluation): TrackedBase {
  return {
    key: e.key,
    isp: e.isp,
    portBps: e.portBps,
    rawSeverity: e.severity,
    rawAskPorts: e.recommendedPorts,
    capacityBps: e.capacityBps,
    plannedBps: addedBps(e, false),
    ...(e.trafficGone === undefined
      ? {}
      : { trafficGone: e.trafficGone.map((link) => link.linkId) }),
  };
}

/** A group first seen: its evaluation as is; new unless `ok`. */
function trackFirst(
  base: TrackedBase,
  e: Evaluation,
): { tracked: TrackedGroup; change?: GroupChange } {
  const tracked: TrackedGroup = {
    ...base,
    severity: e.severity,
    askPorts: e.recommendedPorts,
    askBps: e.recommendedAddBps,
    ...(e.orderByDate ? { orderByDate: e.orderByDate } : {}),
    growthPctPerYear: e.growthPctPerYear,
    everAtRisk: isAtRisk(e.severity),
  };
  return e.severity === 'ok'
    ? { tracked }
    : { tracked, change: groupChange(undefined, tracked, ['new'], 0) };
}

function severityKinds(prev: TrackedGroup, to: Severity): ChangeKind[] {
  const from = prev.severity;
  if (severityRank(to) > severityRank(from)) {
    if (isAtRisk(to) && !isAtRisk(from) && prev.everAtRisk)
      return ['re-opened'];
    return from === 'ok' && !prev.everAtRisk ? ['new'] : ['escalated'];
  }
  if (severityRank(to) < severityRank(from))
    return isAtRisk(from) && !isAtRisk(to) ? ['resolved'] : ['de-escalated'];
  return [];
}
