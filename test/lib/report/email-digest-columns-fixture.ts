import type { Evaluation } from '#lib/domain/evaluation';
import { renderDigest } from '#lib/report/email-digest';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

/** A bundle of LHR1_PNI's figures with the inventory's `group` name. */
export const named = (key: string, site = 'LHR1'): Evaluation => ({
  ...LHR1_PNI,
  key,
  site,
  severity: 'watch',
});

/**
 * The widest figures a digest is likely to hold, each in one column:
 * overdue by 320 days (a lead time of 400) and 12 ports of 10 Gbps; on
 * another row, over 100 % now; and the warning date of a bundle that
 * stays below critical.
 */
export const WIDEST: Evaluation[] = [
  {
    ...LHR1_PNI,
    key: 'Acme Telecom/LHR2/pni',
    site: 'LHR2',
    leadTimeDays: 400,
    orderByDate: '2026-01-14',
    recommendedPorts: 12,
    recommendedAddBps: 120e9,
    portBps: 10e9,
  },
  {
    ...FRA2_IX,
    key: 'Acme Telecom/FRA3/ix',
    site: 'FRA3',
    severity: 'critical',
    utilization: 1.042,
    criticalDateUpper: '2026-11-30',
    orderByDate: '2026-10-01',
  },
  { ...AMS1_CACHE, warningDateUpper: '2027-04-24', recommendedPorts: 0 },
];

/** The digest's body as the email holds it. */
export function bodyOf(
  groups: readonly Evaluation[],
  more: Partial<Parameters<typeof renderDigest>[0]> = {},
): string {
  const [digest] = renderDigest({
    asOf: '2026-11-30',
    owner: 'emea-peering',
    groups,
    config: EMAIL_CONFIG,
    ...more,
  });
  return digest!.body;
}
