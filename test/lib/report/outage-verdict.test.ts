import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { groupRow } from '#lib/report/group-rows';
import { orderBy } from '#lib/report/index-cells';
import { needSentence } from '#lib/report/need-sentence';
import { renderIspMessage } from '#lib/report/render-email';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { emailProse } from '../../helpers/email-prose.ts';
import { scenarioOf } from '../rules/apply-scenario-fixture.ts';
import { BASE_INPUT, linearForecast } from '../rules/series-fixture.ts';

const AS_OF = BASE_INPUT.asOf;
/** LHR1 down on days 10..16. */
const WEEK: ScenarioEvent = {
  kind: 'site-down',
  site: 'LHR1',
  from: '2026-01-11',
  until: '2026-01-18',
};
/** The bundle evaluated as a what-if with LHR1 down for that week. */
const underWeek = (forecast: SeriesInput['forecast']): Evaluation =>
  evaluateSeries(applyScenario({ ...BASE_INPUT, forecast }, scenarioOf(WEEK)));
/** The lines of the message `renderIspMessage` would send, if any. */
const emailOf = (e: Evaluation) =>
  renderIspMessage({
    asOf: AS_OF,
    unit: 'Acme',
    groups: [e],
    config: DEFAULT_CONFIG,
    scenario: 'LHR1 down for a week',
  }).flatMap((m) => emailProse(m.body).split('\n'));

describe('a bundle whose only shortfall is a what-if outage', () => {
  // Flat at 100 G (upper 120 G) on 200 G: fine but for the outage. Before:
  // critical, 'Order by 2025-10-13 … start now', 'Ask for: no extra ports'
  const e = underWeek(linearForecast(100, 0, 20));

  it('says on the ISP page that the outage is the shortfall and no augment fixes it', () => {
    // Act
    const sentence = needSentence(e, AS_OF);

    // Assess
    expect(sentence).toBe(
      "No order: the only shortfall is this what-if's outage. In this " +
        'what-if the whole bundle is down from 2026-01-11 until 2026-01-18: ' +
        'no capacity then, and no augment fixes that (its ports would be ' +
        'down too). Outside it the forecast stays below critical (85.0%).',
    );
  });

  it('sends no alert for it, and groups.csv and the overview name the outage, not an order', () => {
    // Act
    const row = groupRow(e, AS_OF);
    const cell = orderBy(e, AS_OF);

    // Assess
    expect(emailOf(e)).toEqual([]);
    expect({
      severity: row.severity,
      order_by_date: row.order_by_date,
      ask_ports: row.ask_ports,
      down_from: row.down_from,
      down_until: row.down_until,
    }).toEqual({
      severity: 'watch',
      order_by_date: null,
      ask_ports: 0,
      down_from: '2026-01-11',
      down_until: '2026-01-18',
    });
    expect(cell).toBe(
      'no order<span class="sub">what-if outage from 2026-01-11 until ' +
        '2026-01-18: no augment fixes it</span>',
    );
  });
});

describe('a bundle a what-if has down today', () => {
  it('is not "critical reached already" on the capacity it does not have', () => {
    // Prepare: flat, LHR1 down from today until day 7 (before: 'critical
    // (85.0%) is reached already (— now), but the forecast stays below
    // it. N-1 fails from 2026-01-01.')
    const down: ScenarioEvent = { ...WEEK, from: AS_OF, until: '2026-01-08' };
    const input = { ...BASE_INPUT, forecast: linearForecast(80, 0, 20) };
    const e = evaluateSeries(applyScenario(input, scenarioOf(down)));

    // Act
    const sentence = needSentence(e, AS_OF);

    // Assess
    expect(sentence).toBe(
      "No order: the only shortfall is this what-if's outage. In this " +
        'what-if the whole bundle is down from 2026-01-01 until 2026-01-08: ' +
        'no capacity then, and no augment fixes that (its ports would be ' +
        'down too). Outside it the forecast stays below critical (85.0%).',
    );
  });
});

describe('a bundle short outside a what-if outage too', () => {
  // Upper 150 G + 0.2 G a day reaches 170 G on 2026-04-11: order-by
  // 2026-01-11, in 10 days (warning), as with no outage.
  const e = underWeek(linearForecast(130, 0.2, 20));

  it('orders for the shortfall outside it and says the outage is not what it fixes', () => {
    // Act
    const sentence = needSentence(e, AS_OF);
    const lines = emailOf(e);

    // Assess
    expect([e.severity, e.orderByDate]).toEqual(['warning', '2026-01-11']);
    expect(sentence).toMatch(
      /^Order .* by 2026-01-11 \(in 10 days\): the upper forecast reaches critical \(85\.0%\) on 2026-04-11, lead time 90 days\. In this what-if the whole bundle is down from 2026-01-11 until 2026-01-18: no capacity then, and no augment fixes that \(its ports would be down too\)\.$/,
    );
    expect(lines.filter((l) => l.includes('Outage'))).toEqual([
      '   Outage:           whole bundle down from 2026-01-11 until 2026-01-18 in this what-if: no augment fixes that, so the order and the ask are for the days outside it',
    ]);
  });
});
