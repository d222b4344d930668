import { describe, expect, it } from 'vitest';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { scenarioOf } from './apply-scenario-fixture.ts';
import { BASE_INPUT, G, LINK_A } from './series-fixture.ts';

describe('applyScenario', () => {
  it('gives the capacity back when the outage ends', () => {
    // Prepare: link down days 10..19 only.
    const scenario = scenarioOf({
      kind: 'link-down',
      linkId: LINK_A.linkId,
      from: '2026-01-11',
      until: '2026-01-21',
    });

    // Act
    const input = applyScenario(BASE_INPUT, scenario);
    const e = evaluateSeries(input);

    // Assess
    expect(input.scenario).toEqual({
      name: 'test',
      capacityChanges: [
        {
          date: '2026-01-11',
          deltaBps: -100 * G,
          reason: `scenario: ${LINK_A.linkId} down`,
        },
        {
          date: '2026-01-21',
          deltaBps: 100 * G,
          reason: `scenario: ${LINK_A.linkId} down`,
        },
      ],
      groupOutages: [],
    });
    expect([e.fullDateUpper, e.capacityBps]).toEqual(['2026-01-11', 200 * G]);
  });

  it('ends a demand multiplier on its until date', () => {
    // Prepare: ×2 on days 0..1 only.
    const scenario = scenarioOf({
      kind: 'demand-multiplier',
      isp: 'Acme',
      factor: 2,
      from: '2025-06-01',
      until: '2026-01-03',
    });

    // Act
    const { forecast } = applyScenario(BASE_INPUT, scenario);

    // Assess
    expect(forecast.mean.slice(0, 3)).toEqual([200 * G, 200.4 * G, 100.4 * G]);
    expect(forecast.lower[80]!.slice(0, 1)).toEqual([160 * G]);
  });

  it('leaves a link-level series its capacity: a link down carries nothing', () => {
    // Prepare
    const input = { ...BASE_INPUT, level: 'link' as const, links: [LINK_A] };
    const scenario = scenarioOf({
      kind: 'link-down',
      linkId: LINK_A.linkId,
      from: '2026-01-02',
    });

    // Act
    const result = applyScenario(input, scenario);

    // Assess
    expect(result.scenario?.capacityChanges).toEqual([]);
  });
});

describe('a what-if that removes all capacity now', () => {
  it('reports no finite utilization instead of 0 %', () => {
    // Prepare
    const scenario = scenarioOf({
      kind: 'site-down',
      site: 'LHR1',
      from: BASE_INPUT.asOf,
    });

    // Act
    const e = evaluateSeries(applyScenario(BASE_INPUT, scenario));

    // Assess
    expect(e.capacityBps).toBe(0);
    expect(e.utilization).toBe(Number.POSITIVE_INFINITY);
    // No augment fixes an outage: named, not ordered for
    expect(e.outages).toEqual([{ from: BASE_INPUT.asOf }]);
    expect(e.severity).toBe('watch');
  });
});
