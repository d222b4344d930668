import type { BacktestCase } from '#lib/domain/backtest';
import { fixtureSummary } from '../../helpers/backtest-result.ts';

/**
 * A critical alert on Acme LHR1 followed by the crossing: its mean date 4
 * days late, its upper 8 days early.
 */
export const HIT: BacktestCase = {
  asOf: '2026-03-01',
  group: 'Acme/LHR1/pni',
  isp: 'Acme',
  severity: 'critical',
  orderNow: true,
  orderByDate: '2026-02-20',
  criticalDate: '2026-06-01',
  criticalDateUpper: '2026-05-20',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  actualCrossing: '2026-05-28',
  outcome: 'true-positive',
  errorDays: 4,
  errorDaysUpper: -8,
};

/** A crossing at AT&T FRA1 with no alert. */
export const MISS: BacktestCase = {
  ...HIT,
  group: 'AT&T/FRA1/pni',
  severity: 'watch',
  orderNow: false,
  outcome: 'false-negative',
};

/** The hit and the miss. */
export const CASES = [HIT, MISS];

/** The backtest summary of `CASES`. */
export const RESULT = fixtureSummary(CASES);
