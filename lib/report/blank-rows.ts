import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';

/** A blank evaluation, only to list each file's columns when it is empty. */
export const BLANK: Evaluation = {
  level: 'group',
  key: '',
  isp: '',
  site: '',
  region: '',
  linkType: '',
  owner: '',
  model: '',
  lastPeakBps: 0,
  capacityBps: 0,
  utilization: 0,
  growthPctPerYear: 0,
  leadTimeDays: 0,
  severity: 'ok',
  recommendedAddBps: 0,
  recommendedPorts: 0,
  portBps: 0,
  n1Ok: true,
  plannedAugments: [
    {
      group: '',
      inServiceDate: '',
      addedBps: 0,
      reference: '',
      lateByDays: 0,
      inService: false,
    },
  ],
  warning: 0,
  critical: 0,
};
/** A blank ISP summary, only to list `isps.csv`'s columns when it is empty. */
export const BLANK_ISP: IspSummary = {
  isp: '',
  asns: [],
  region: '',
  owner: '',
  demandBps: 0,
  growthPctPerYear: 0,
  growthLowPctPerYear: 0,
  growthHighPctPerYear: 0,
  capacityBps: 0,
  headroom: 0,
  groupsAtRisk: 0,
  worstSeverity: 'ok',
};
