import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { n1Text } from '#lib/report/describe';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { groupRow } from '#lib/report/group-rows';
import { n1Cell, orderBy } from '#lib/report/index-cells';
import { n1Status } from '#lib/report/n1-status';
import { needSentence } from '#lib/report/need-sentence';
import { outageSentence } from '#lib/report/outage-text';
import { renderPartnerPages } from '#lib/report/render-report';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { outageRule } from '#lib/rules/outage-rule';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { RuleContext } from '#lib/rules/types';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { scenarioOf } from '../rules/apply-scenario-fixture.ts';
import { BASE_INPUT, linearForecast } from '../rules/series-fixture.ts';

const AS_OF = BASE_INPUT.asOf; // 2026-01-01
/** LHR1 down since 2025-12-20, back on 2026-01-08. */
const SINCE: ScenarioEvent = {
  kind: 'site-down',
  site: 'LHR1',
  from: '2025-12-20',
  until: '2026-01-08',
};
/** Flat at 80 G (upper 100 G) on 200 G, LHR1 down since before today. */
const e: Evaluation = evaluateSeries(
  applyScenario(
    { ...BASE_INPUT, forecast: linearForecast(80, 0, 20) },
    scenarioOf(SINCE),
  ),
);

describe('a what-if outage that began before the as-of date', () => {
  it('records its real first day, not the as-of date', () => {
    // Assess
    expect(e.outages).toEqual([{ from: '2025-12-20', until: '2026-01-08' }]);
    expect(groupRow(e, AS_OF).down_from).toBe('2025-12-20');
  });

  it('dates an ISP down today from the day its last group went down', () => {
    // Prepare: group a down since 12-20, b since 12-25, both until 01-03
    const until = '2026-01-03';
    const context = {
      asOf: AS_OF,
      capacity: [0, 0, 100e9],
      groupOutages: [
        { group: 'a', from: '2025-12-20', until },
        { group: 'b', from: '2025-12-25', until },
      ],
    } as unknown as RuleContext;

    // Act
    const found = outageRule.evaluate(context, {});

    // Assess
    expect(found).toEqual({ outages: [{ from: '2025-12-25', until }] });
  });

  it('is worded "since" that day on the ISP page, the overview and the email', () => {
    // Act
    const sentence = needSentence(e, AS_OF);
    const cell = orderBy(e, AS_OF);
    const email = emailProse(renderGroupBlock(e, 1, AS_OF, 80));

    // Assess
    const days = 'since 2025-12-20 until 2026-01-08';
    expect(sentence).toContain(`the whole bundle is down ${days}:`);
    expect(cell).toContain(`what-if outage ${days}:`);
    expect(email).toContain(`whole bundle down ${days} in this what-if`);
    expect(sentence + cell + email).not.toContain('from 2026-01-01');
  });

  it('keeps "from" for an outage that starts on or after the as-of date', () => {
    // Prepare
    const later = { level: 'group', outages: [{ from: AS_OF }] } as const;

    // Act / Assess
    expect(outageSentence(later, AS_OF)).toContain('is down from 2026-01-01:');
  });
});

describe('the outage sentence of a link series', () => {
  it('says the link is down, not every link', () => {
    // Prepare
    const link = { level: 'link', outages: [{ from: '2026-01-11' }] } as const;

    // Act
    const sentence = outageSentence(link, AS_OF);

    // Assess
    expect(sentence).toContain('In this what-if the link is down from');
    expect(sentence).not.toContain('every link');
  });
});

describe('N-1 of a bundle a what-if has wholly down today', () => {
  it('is not "ok" in the evaluation, nor on any page or in the email', () => {
    // Prepare: before, n1Ok true: 'OK', 'ok: the peak fits with the
    // largest link down', 'fits with the largest link down'
    const { n1Ok, n1BreachDate, outages, capacityBps } = e;
    const down = {
      ...EVALUATIONS[0]!,
      ...{ n1Ok, n1BreachDate, outages, capacityBps, memberLinks: 2 },
    };
    const input = fixtureInput({
      evaluations: fixtureInput().evaluations.map((x) =>
        x.key === down.key ? down : x,
      ),
    });

    // Act
    const texts = [
      n1Cell(down, AS_OF),
      n1Text(down, AS_OF),
      renderGroupBlock(down, 1, AS_OF, 80).match(/N-1:.*/)![0],
    ];
    const partner = renderPartnerPages(input).find((f) =>
      f.body.includes(down.site),
    )!.body;

    // Assess
    expect(e.n1Ok).toBe(false);
    expect(n1Status(down, AS_OF)).toEqual({ kind: 'down' });
    for (const text of texts) {
      expect(text).toContain('whole bundle is down');
      expect(text).not.toMatch(/\bok\b|fits with/i);
    }
    expect(partner).toContain('whole bundle is down');
  });
});
