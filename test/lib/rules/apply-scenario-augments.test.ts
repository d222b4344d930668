import { describe, expect, it } from 'vitest';
import type { PlannedAugment } from '#lib/domain/inventory';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { resolveContext } from '#lib/rules/resolve-context';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { scenarioOf } from './apply-scenario-fixture.ts';
import {
  BASE_INPUT,
  G,
  LINK_A,
  LINK_B,
  linearForecast,
} from './series-fixture.ts';

/** +100 G on the bundle (Acme/LHR1/pni) from day 14 (2026-01-15). */
const AUGMENT: PlannedAugment = {
  group: LINK_A.group,
  inServiceDate: '2026-01-15',
  addedBps: 100 * G,
  reference: 'CHG-1',
};
const WITH_AUGMENT: SeriesInput = { ...BASE_INPUT, augments: [AUGMENT] };
/** Days 10..19 (2026-01-11 until 2026-01-21): the augment lands inside. */
const WINDOW = { from: '2026-01-11', until: '2026-01-21' };

/** The capacity the rules count on days 0..24, in Gbps. */
const capacityOf = (input: SeriesInput, ...events: ScenarioEvent[]) =>
  resolveContext(applyScenario(input, scenarioOf(...events)))
    .capacity.slice(0, 25)
    .map((bps) => bps / G);
const days = (n: number, gbps: number) => new Array<number>(n).fill(gbps);

describe('applyScenario with a planned augment in an outage', () => {
  it('takes the augment down with its site: nothing is left in the window', () => {
    // Prepare
    const down: ScenarioEvent = { kind: 'site-down', site: 'LHR1', ...WINDOW };

    // Act
    const capacity = capacityOf(WITH_AUGMENT, down);

    // Assess: 200 G, none from day 10, the links and the augment from 20
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(10, 0),
      ...days(5, 300),
    ]);
  });

  it('keeps the augment and the other link when one member link is down', () => {
    // Prepare
    const down: ScenarioEvent = {
      kind: 'link-down',
      linkId: LINK_A.linkId,
      ...WINDOW,
    };

    // Act
    const capacity = capacityOf(WITH_AUGMENT, down);

    // Assess: link b alone, then b and the augment's ports, then all
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(4, 100),
      ...days(6, 200),
      ...days(5, 300),
    ]);
  });

  it("takes a one-link group's augment down with its link", () => {
    // Prepare
    const input = { ...WITH_AUGMENT, links: [LINK_A] };
    const down: ScenarioEvent = {
      kind: 'link-down',
      linkId: LINK_A.linkId,
      ...WINDOW,
    };

    // Act
    const capacity = capacityOf(input, down);

    // Assess
    expect(capacity).toEqual([
      ...days(10, 100),
      ...days(10, 0),
      ...days(5, 200),
    ]);
  });

  it('takes the augment down when link-downs cover every member', () => {
    // Prepare: a down days 10..19, b down days 12..22
    const events: ScenarioEvent[] = [
      { kind: 'link-down', linkId: LINK_A.linkId, ...WINDOW },
      {
        kind: 'link-down',
        linkId: LINK_B.linkId,
        from: '2026-01-13',
        until: '2026-01-24',
      },
    ];

    // Act
    const capacity = capacityOf(WITH_AUGMENT, ...events);

    // Assess: the bundle (and its augment) is down on days 12..19
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(2, 100),
      ...days(8, 0),
      ...days(3, 200),
      ...days(2, 300),
    ]);
  });

  it('counts a link that two events take down once', () => {
    // Prepare: an ISP with a link at AMS1 besides the LHR1 bundle; LHR1
    // down days 10..19 and its link a down days 5..14 as well
    const ams: typeof LINK_A = {
      ...LINK_A,
      linkId: 'ams1-acme-pni-1',
      site: 'AMS1',
      group: 'Acme/AMS1/pni',
    };
    const input: SeriesInput = {
      ...BASE_INPUT,
      level: 'isp',
      key: 'Acme',
      links: [LINK_A, LINK_B, ams],
    };
    const events: ScenarioEvent[] = [
      { kind: 'site-down', site: 'LHR1', ...WINDOW },
      {
        kind: 'link-down',
        linkId: LINK_A.linkId,
        from: '2026-01-06',
        until: '2026-01-16',
      },
    ];

    // Act
    const capacity = capacityOf(input, ...events);

    // Assess: AMS1's 100 G is left while LHR1 is down, not 0
    expect(capacity).toEqual([
      ...days(5, 300),
      ...days(5, 200),
      ...days(10, 100),
      ...days(5, 300),
    ]);
  });

  it('leaves no capacity today when the site of an augment in service is down', () => {
    // Prepare: the augment in service since 2025-12-20, LHR1 down now
    const input = {
      ...BASE_INPUT,
      augments: [{ ...AUGMENT, inServiceDate: '2025-12-20' }],
    };
    const down: ScenarioEvent = {
      kind: 'site-down',
      site: 'LHR1',
      from: BASE_INPUT.asOf,
      until: WINDOW.until,
    };

    // Act
    const e = evaluateSeries(applyScenario(input, scenarioOf(down)));

    // Assess: capacity_bps is 0, not the augment's 100 G
    expect([e.capacityBps, e.utilization]).toEqual([
      0,
      Number.POSITIVE_INFINITY,
    ]);
    expect(e.plannedAugments.map((a) => a.inService)).toEqual([true]);
  });

  it('judges and expedites the plan on the capacity the outage leaves', () => {
    // Prepare: LHR1 down from day 10 on; +400 G on day 5 (enough alone),
    // +100 G on day 20
    const input: SeriesInput = {
      ...BASE_INPUT,
      augments: [
        { ...AUGMENT, inServiceDate: '2026-01-06', addedBps: 400 * G },
        { ...AUGMENT, inServiceDate: '2026-01-21', reference: 'CHG-2' },
      ],
    };
    const down: ScenarioEvent = {
      kind: 'site-down',
      site: 'LHR1',
      from: WINDOW.from,
    };

    // Act
    const e = evaluateSeries(applyScenario(input, scenarioOf(down)));

    // Assess: the first augment is down from day 10 too, so the bundle
    // runs out then and the second is 10 days late; pulled in, it is
    // down as well; and with the site down to the horizon's end no new
    // port there would help, so nothing is asked on top
    expect(e.plannedAugments.map((a) => a.lateByDays)).toEqual([0, 10]);
    expect(e.expedite?.reference).toBe('CHG-2');
    expect(e.expedite?.askBps).toBe(e.recommendedAddBps);
    expect(e.recommendedAddBps).toBe(0);
  });

  it('asks for no ports to carry the demand while the whole bundle is down', () => {
    // Prepare: flat at 100 G (upper 120 G) on 200 G, no ask; LHR1 down
    // on days 100..119, past the 90-day lead time
    const input: SeriesInput = {
      ...BASE_INPUT,
      forecast: linearForecast(100, 0, 20),
    };
    const down: ScenarioEvent = {
      kind: 'site-down',
      site: 'LHR1',
      from: '2026-04-11',
      until: '2026-05-01',
    };

    // Act
    const e = evaluateSeries(applyScenario(input, scenarioOf(down)));

    // Assess: ports at LHR1 would be down too; before, the ask was
    // 120 G / 0.7 on no capacity, 2 × 100 G
    expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([0, 0]);
    expect(e.criticalDate).toBe('2026-04-11');
  });
});
