import type { Evaluation } from '#lib/domain/evaluation';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

// As of 2026-11-30, lead time 90 days: LHR1's own order-by date,
// 2026-11-20, is ten days gone with critical on 2027-02-18 still ahead (a
// deadline missed). A bundle needed today has its order-by date 90 days
// ago, 2026-09-01, however recent the need: the sample's Laguna Movil
// MAD1 pni, whose traffic stepped +73 % ten days before its run.
export const AS_OF = '2026-11-30';
const G = 1e9;
export const ALONE: Evaluation = {
  ...LHR1_PNI,
  plannedAugments: [],
  expedite: undefined,
  recommendedPorts: 1,
  recommendedAddBps: 100 * G,
};
export const REACHED: Evaluation = {
  ...ALONE,
  lastPeakBps: 362.4 * G,
  utilization: 0.906,
  criticalDateUpper: AS_OF,
  orderByDate: '2026-09-01',
};
export const UPPER_TODAY: Evaluation = {
  ...ALONE,
  criticalDateUpper: AS_OF,
  orderByDate: '2026-09-01',
};

/** The alert's subject and its rows `Order by` and `Now what`. */
export function alertOf(group: Evaluation) {
  const [message] = renderIspMessage({
    asOf: AS_OF,
    unit: 'Acme Telecom',
    groups: [group],
    config: EMAIL_CONFIG,
  });
  const row = (label: string) =>
    emailProse(message!.body)
      .split('\n')
      .find((l) => l.startsWith(`   ${label}:`))
      ?.slice(21);
  return [message!.subject, row('Order by'), row('Now what')];
}
