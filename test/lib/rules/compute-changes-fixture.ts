/** Two groups' evaluations and successive runs of `computeChanges` over them. */
import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { type ChangeRule, DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges, type PreviousRun } from '#lib/rules/compute-changes';

export const RULE: ChangeRule = {
  ...DEFAULT_CHANGE_RULE,
  warningWindowDays: 30,
};
export const G = 1e9;

export const group: Evaluation = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  isp: 'Acme',
  site: 'LHR1',
  region: 'EMEA',
  linkType: 'pni',
  owner: 'emea-peering',
  model: 'robust-trend',
  lastPeakBps: 150 * G,
  capacityBps: 200 * G,
  utilization: 0.75,
  growthPctPerYear: 20,
  criticalDateUpper: '2027-02-01',
  orderByDate: '2026-12-10',
  leadTimeDays: 90,
  severity: 'warning',
  recommendedAddBps: 200 * G,
  recommendedPorts: 2,
  portBps: 100 * G,
  n1Ok: true,
  plannedAugments: [],
  warning: 0.7,
  critical: 0.85,
};
/** An augment planned for `group`, still to come. */
export const PLANNED: Evaluation['plannedAugments'][number] = {
  group: 'Acme/LHR1/pni',
  inServiceDate: '2027-01-10',
  addedBps: 100 * G,
  reference: 'CHG-1',
  lateByDays: 0,
  inService: false,
};
export const quiet: Evaluation = {
  ...group,
  key: 'Acme/FRA1/ix',
  severity: 'ok',
  orderByDate: undefined,
  recommendedAddBps: 0,
  recommendedPorts: 0,
};

/** Runs `computeChanges` over successive runs, 7 days apart. */
export function runs(
  first: string,
  evaluations: readonly Evaluation[][],
  everyDays = 7,
) {
  let previous: PreviousRun | undefined;
  return evaluations.map((evals, i) => {
    const asOf = addDays(first, everyDays * i);
    const report = computeChanges(previous, evals, asOf, RULE);
    previous = { asOf, state: report.state };
    return report;
  });
}

/** Runs `computeChanges` over one group's daily runs. */
export function daily(first: string, evaluations: readonly Evaluation[]) {
  return runs(
    first,
    evaluations.map((e) => [e]),
    1,
  );
}
