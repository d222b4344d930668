import type { Evaluation } from '#lib/domain/evaluation';
import { SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import type {
  ChangeKind,
  ChangeRule,
  ChangesReport,
  GroupChange,
  TrackedGroup,
} from './change-types.ts';
import { describeChange } from './describe-change.ts';
import {
  holdAsk,
  holdGrowth,
  holdOrderBy,
  holdSeverity,
} from './hold-changes.ts';

const rank = (s: Severity) => SEVERITIES.indexOf(s);
const atRisk = (s: Severity) => rank(s) >= rank('warning');

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
  const before = new Map(previous?.state.map((t) => [t.key, t]));
  const groups = evaluations.filter((e) => e.level === 'group');
  const results = groups.map((e) => track(before.get(e.key), e, asOf, rule));
  const changes =
    previous === undefined
      ? []
      : results.flatMap((r) => (r.change ? [r.change] : []));
  changes.sort(
    (a, b) =>
      rank(b.severity.to) - rank(a.severity.to) || a.key.localeCompare(b.key),
  );
  return {
    asOf,
    ...(previous ? { previousAsOf: previous.asOf } : {}),
    rule,
    changes,
    state: results.map((r) => r.tracked),
  };
}

function track(
  prev: TrackedGroup | undefined,
  e: Evaluation,
  asOf: string,
  rule: ChangeRule,
): { tracked: TrackedGroup; change?: GroupChange } {
  const base = {
    key: e.key,
    isp: e.isp,
    portBps: e.portBps,
    rawSeverity: e.severity,
    rawAskPorts: e.recommendedPorts,
  };
  if (prev === undefined) {
    const tracked: TrackedGroup = {
      ...base,
      severity: e.severity,
      askPorts: e.recommendedPorts,
      askBps: e.recommendedAddBps,
      ...(e.orderByDate ? { orderByDate: e.orderByDate } : {}),
      growthPctPerYear: e.growthPctPerYear,
      everAtRisk: atRisk(e.severity),
    };
    return e.severity === 'ok'
      ? { tracked }
      : { tracked, change: changeOf(undefined, tracked, ['new'], 0) };
  }
  const severity = holdSeverity(prev, e, asOf, rule);
  const ask = holdAsk(prev, e);
  const orderBy = holdOrderBy(prev, e, rule);
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
    everAtRisk: prev.everAtRisk || atRisk(severity),
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
    : { tracked, change: changeOf(prev, tracked, kinds, orderBy.moved) };
}

function severityKinds(prev: TrackedGroup, to: Severity): ChangeKind[] {
  const from = prev.severity;
  if (rank(to) > rank(from)) {
    if (atRisk(to) && !atRisk(from) && prev.everAtRisk) return ['re-opened'];
    return from === 'ok' && !prev.everAtRisk ? ['new'] : ['escalated'];
  }
  if (rank(to) < rank(from))
    return atRisk(from) && !atRisk(to) ? ['resolved'] : ['de-escalated'];
  return [];
}

function changeOf(
  prev: TrackedGroup | undefined,
  now: TrackedGroup,
  kinds: readonly ChangeKind[],
  movedDays: number,
): GroupChange {
  const change: Omit<GroupChange, 'text'> = {
    key: now.key,
    isp: now.isp,
    kinds,
    severity: { ...(prev ? { from: prev.severity } : {}), to: now.severity },
    orderBy: {
      ...(prev?.orderByDate ? { from: prev.orderByDate } : {}),
      ...(now.orderByDate ? { to: now.orderByDate } : {}),
      ...(movedDays !== 0 ? { movedDays } : {}),
    },
    ask: {
      ...(prev ? { fromPorts: prev.askPorts, fromBps: prev.askBps } : {}),
      toPorts: now.askPorts,
      toBps: now.askBps,
    },
    growth: {
      ...(prev ? { from: prev.growthPctPerYear } : {}),
      to: now.growthPctPerYear,
    },
  };
  return { ...change, text: describeChange(change) };
}
