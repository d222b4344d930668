import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { overdueLines } from '#lib/report/overdue-text';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { overduePlan } from '#lib/rules/overdue-plan';
import {
  BASE_INPUT,
  G,
  HISTORY,
  LINK_A,
  linearForecast,
} from '../rules/series-fixture.ts';

// An IX port like the sample's Thames Fibre LHR2 ix: one 100 G link, lead
// time 60 days, warning 70 %, critical 85 %, as of 2026-12-03. The upper
// bound is 80 G + 0.1 G a day, so it reaches critical (85 G) on day 50,
// 2027-01-22: order-by 2026-11-23, overdue by 10 days. CHG-1 (+100 G) is
// planned for 2027-04-12 (day 130), 80 days late. The last week's peak
// is `peak` (78 G: 78 % now, under critical).
const AS_OF = '2026-12-03';
const CHG = {
  group: 'Acme/LHR1/pni',
  inServiceDate: '2027-04-12',
  addedBps: 100 * G,
  reference: 'CHG-1',
};
const ixInput = (slope: number, portBps = 100 * G, peak = 78 * G) => ({
  ...BASE_INPUT,
  history: {
    ...HISTORY,
    values: HISTORY.values.map(() => peak),
    capacity: HISTORY.values.map(() => 100 * G),
  },
  links: [{ ...LINK_A, linkType: 'ix' as const, leadTimeDays: 60, portBps }],
  augments: [CHG],
  forecast: linearForecast(75, slope, 5),
  asOf: AS_OF,
});
const overdueTextLines = (input: ReturnType<typeof ixInput>) => {
  const plan = overduePlan(evaluateSeries(input), AS_OF);
  return plan && overdueLines(plan);
};

describe('overdue plan in words, from the rules', () => {
  it('says expediting alone is enough when it covers the horizon', () => {
    // Prepare: expedited to 2027-01-22, 200 G from then on; the upper
    // bound ends at 116.4 G < 70 % of 200 G. Left in place, CHG-1 leaves
    // 92.9 G / 0.7 − 100 G = 32.7 G short on 2027-04-11: 1 port.
    const input = ixInput(0.1);

    // Act
    const lines = overdueTextLines(input);

    // Assess
    expect(lines).toEqual([
      'OVERDUE by 10 days. Ordered today, in service 2027-02-01: 10 days exposed past the critical date 2027-01-22.',
      'Choice 1: expedite CHG-1 (+100 Gbps, in service 2027-04-12) by 80 days to 2027-01-22; nothing more is needed once it is in.',
      'Choice 2: order +1 × 100 Gbps now, in service 2027-02-01 (10 days exposed).',
    ]);
  });

  it('says it in one line when ordering the ask is the only choice', () => {
    // Prepare: the first case without CHG-1, so nothing to expedite
    const input = { ...ixInput(0.1), augments: [] };

    // Act
    const lines = overdueTextLines(input);

    // Assess
    expect(lines).toEqual([
      'OVERDUE by 10 days. Order +1 × 100 Gbps today: in service 2027-02-01, 10 days exposed past the critical date 2027-01-22.',
    ]);
  });

  it('asks on top of an expedited augment only what it leaves short', () => {
    // Prepare: upper 80 G + 0.2 G a day, 10 G ports; critical on day 25,
    // 2026-12-28. Left in place: 105.8 G / 0.7 − 100 G = 51.1 G short on
    // 2027-04-11, 6 ports. Expedited to 2026-12-28: from the day an order
    // placed today could land (2027-02-01) on, the end of the horizon is
    // the worst, 152.8 G / 0.7 − 200 G = 18.3 G: 2 ports.
    const input = ixInput(0.2, 10 * G);

    // Act
    const lines = overdueTextLines(input);

    // Assess
    expect(lines).toEqual([
      'OVERDUE by 35 days. Ordered today, in service 2027-02-01: 35 days exposed past the critical date 2026-12-28.',
      'Choice 1: expedite CHG-1 (+100 Gbps, in service 2027-04-12) by 105 days to 2026-12-28; the ask +2 × 10.0 Gbps (20.0 Gbps) is still needed.',
      'Choice 2: order +6 × 10.0 Gbps (60.0 Gbps) now, in service 2027-02-01 (35 days exposed).',
    ]);
  });

  it("says a bundle over critical now is needed now, its exposure from today, not from the forecast's later day", () => {
    // Prepare: the peak now is 88 G (88 %, over critical), while the
    // upper bound first reaches 85 G on 2027-01-22 (order-by 2026-11-23)
    const input = ixInput(0.1, 100 * G, 88 * G);

    // Act
    const lines = overdueTextLines(input);

    // Assess: before, 'OVERDUE by 10 days', a deadline counted from the
    // forecast's later day while the capacity is needed today
    expect(lines).toEqual([
      'Needed now (critical reached already). Ordered today, in service 2027-02-01: 60 days exposed.',
      'Choice 1: expedite CHG-1 (+100 Gbps, in service 2027-04-12) by 130 days to 2026-12-03; nothing more is needed once it is in.',
      'Choice 2: order +1 × 100 Gbps now, in service 2027-02-01 (60 days exposed).',
    ]);
  });

  it('says a bundle whose upper bound reaches critical today is needed now, not overdue by its lead time', () => {
    // Prepare: the upper bound is 85 G today (80 G + 5 G), 78 % now, so
    // the order-by date is today less the lead time, 2026-10-04; the ask
    // without CHG-1 to expedite
    const input = {
      ...ixInput(0.1),
      augments: [],
      forecast: linearForecast(80, 0.1, 5),
    };

    // Act
    const lines = overdueTextLines(input);

    // Assess: before, 'OVERDUE by 60 days', the lead time read as a
    // deadline missed, one more day on every run it stays critical
    expect(lines).toEqual([
      'Needed now (critical today at the earliest). Order +1 × 100 Gbps today: in service 2027-02-01, 60 days exposed.',
    ]);
  });

  it('has the critical date the comments above count from', () => {
    // Prepare
    const dates = [0.1, 0.2].map((slope) => evaluateSeries(ixInput(slope)));

    // Act
    const critical = dates.map((e) => [e.criticalDateUpper, e.orderByDate]);

    // Assess
    expect(critical).toEqual([
      [addDays(AS_OF, 50), addDays(AS_OF, 50 - 60)],
      [addDays(AS_OF, 25), addDays(AS_OF, 25 - 60)],
    ]);
  });
});
