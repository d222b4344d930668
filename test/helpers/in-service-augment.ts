import type { Evaluation } from '#lib/domain/evaluation';
import type { PlannedAugmentStatus } from '#lib/domain/plan-status';
import { EVALUATIONS, fixtureInput } from '../fixtures/report/report-input.ts';

// Acme Telecom's LHR1 bundle keeps its planned CHG-1042 (+100 Gbps on
// 2027-02-01, 30 days late) and gains CHG-900 (+400 Gbps), in service
// since 2026-10-01, before the as-of date 2026-11-26: its capacity
// already holds it, its row is still in augments.csv.
/** CHG-900: +400 Gbps on Acme Telecom's LHR1 bundle, in service already. */
export const IN_SERVICE: PlannedAugmentStatus = {
  group: 'Acme Telecom/LHR1/pni',
  inServiceDate: '2026-10-01',
  addedBps: 400e9,
  reference: 'CHG-900',
  lateByDays: 0,
  inService: true,
};

/** The evaluation with `IN_SERVICE` first, for the LHR1 bundle and Acme. */
export const withInService = (e: Evaluation): Evaluation =>
  e.key === 'Acme Telecom/LHR1/pni' || e.key === 'Acme Telecom'
    ? { ...e, plannedAugments: [IN_SERVICE, ...e.plannedAugments] }
    : e;

/** The report fixture's input with `IN_SERVICE` added. */
export const inServiceInput = () =>
  fixtureInput({ evaluations: EVALUATIONS.map(withInService) });
