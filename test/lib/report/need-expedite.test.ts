import { describe, expect, it } from 'vitest';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { needSentence } from '#lib/report/need-sentence';
import { overdueLines } from '#lib/report/overdue-text';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { overduePlan } from '#lib/rules/overdue-plan';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  BASE_INPUT,
  G,
  HISTORY,
  LINK_A,
  linearForecast,
} from '../rules/series-fixture.ts';

// An IX port as the sample's Baltyk Mobile WAW1 pni with an augment
// planned too late: one 100 G link at 78 %, lead time 60 days, as of
// 2026-12-03. The upper bound is 80 G + 0.2 G a day: critical (85 G) on
// 2026-12-28, order-by 2026-10-29, overdue by 35 days. CHG-1 (+200 G)
// lands on 2027-01-20, 23 days after it and before an order placed today
// could (2027-02-01); once in, 300 G carry the horizon under warning, so
// there is no ask: expediting CHG-1 is the one thing to do.
const AS_OF = '2026-12-03';
const INPUT = {
  ...BASE_INPUT,
  history: {
    ...HISTORY,
    values: HISTORY.values.map(() => 78 * G),
    capacity: HISTORY.values.map(() => 100 * G),
  },
  links: [{ ...LINK_A, linkType: 'ix' as const, leadTimeDays: 60 }],
  augments: [
    {
      group: 'Acme/LHR1/pni',
      inServiceDate: '2027-01-20',
      addedBps: 200 * G,
      reference: 'CHG-1',
    },
  ],
  forecast: linearForecast(75, 0.2, 5),
  asOf: AS_OF,
};

describe('a bundle whose only remedy is to expedite a planned augment', () => {
  it('says to expedite it, not to order nothing by its order-by date', () => {
    // Prepare
    const e = evaluateSeries(INPUT);

    // Act
    const sentence = needSentence(e, AS_OF);

    // Assess: before, 'Order none by 2026-10-29 (35 days ago — overdue)'
    expect(e.recommendedAddBps).toBe(0);
    expect(sentence).toBe(
      'Expedite the planned +200 Gbps on 2027-01-20 (CHG-1, 23 d late): ' +
        'the upper forecast reaches critical (85.0%) on 2026-12-28, lead ' +
        'time 60 days, order-by 2026-10-29 (35 days ago — overdue); no ' +
        'extra ports are needed once it is in. N-1 single link, no ' +
        'redundancy.',
    );
  });

  it('gives the expedite as the plan, not an order placed today of no ports', () => {
    // Prepare
    const plan = overduePlan(evaluateSeries(INPUT), AS_OF);

    // Act
    const lines = plan && overdueLines(plan);

    // Assess: before, 'Ordered today, in service 2027-02-01: 35 days
    // exposed …' (an order of nothing, after CHG-1 lands) and a lone
    // 'Choice 1: expedite …'
    expect(lines).toEqual([
      'OVERDUE by 35 days. Expedite CHG-1 (+200 Gbps, in service ' +
        '2027-01-20) by 23 days to 2026-12-28; nothing more is needed once ' +
        'it is in.',
    ]);
  });

  it("says in the alert's order-by row to expedite it, not to start an order of nothing", () => {
    // Prepare
    const e = evaluateSeries(INPUT);

    // Act
    const block = emailProse(renderGroupBlock(e, 1, AS_OF, 80, 'new'));

    // Assess: before, '…(35 days ago), start now' beside 'Ask for: no
    // extra ports within the planning horizon'
    expect(block).toMatch(
      /Order by: +2026-10-29 \(35 days ago\), expedite the planned augment; lead time 60 days/,
    );
    expect(block).not.toContain('start now');
  });
});
