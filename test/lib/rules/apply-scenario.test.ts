import { describe, expect, it } from 'vitest';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { Scenario, ScenarioEvent } from '#lib/rules/scenario';
import { BASE_INPUT, G, LINK_A } from './series-fixture.ts';

const scenarioOf = (...events: ScenarioEvent[]): Scenario => ({
  name: 'test',
  events,
});

const datesOf = (scenario: Scenario, input = BASE_INPUT) => {
  const e = evaluateSeries(applyScenario(input, scenario));
  return {
    warning: e.warningDate,
    critical: e.criticalDate,
    full: e.fullDate,
    criticalUpper: e.criticalDateUpper,
    fullUpper: e.fullDateUpper,
    severity: e.severity,
  };
};

// Without a scenario (BASE_INPUT): warning 07-20, critical 12-17, full
// none; upper critical 09-08, upper full none; severity watch.
describe('applyScenario', () => {
  it.each([
    {
      name: 'one link down from day 10 halves the bundle then',
      // 100 G left: mean 102 G ≥ 70/85/100 G on day 10 (01-11).
      events: [
        { kind: 'link-down', linkId: LINK_A.linkId, from: '2026-01-11' },
      ],
      expected: {
        warning: '2026-01-11',
        critical: '2026-01-11',
        full: '2026-01-11',
        criticalUpper: '2026-01-11',
        fullUpper: '2026-01-11',
        severity: 'critical',
      },
    },
    {
      name: 'the whole site down takes every link',
      events: [{ kind: 'site-down', site: 'LHR1', from: '2026-03-01' }],
      expected: {
        warning: '2026-03-01',
        critical: '2026-03-01',
        full: '2026-03-01',
        criticalUpper: '2026-03-01',
        fullUpper: '2026-03-01',
        severity: 'critical',
      },
    },
    {
      name: 'a site elsewhere changes nothing',
      events: [{ kind: 'site-down', site: 'FRA2', from: '2026-03-01' }],
      expected: {
        warning: '2026-07-20',
        critical: '2026-12-17',
        full: undefined,
        criticalUpper: '2026-09-08',
        fullUpper: undefined,
        severity: 'watch',
      },
    },
    {
      name: 'demand doubled from day 100',
      // mean 120 × 2 = 240 G ≥ 200 G on day 100 (04-11); order-by
      // 04-11 − 90 = 01-11 is within 30 days.
      events: [
        {
          kind: 'demand-multiplier',
          isp: 'Acme',
          factor: 2,
          from: '2026-04-11',
        },
      ],
      expected: {
        warning: '2026-04-11',
        critical: '2026-04-11',
        full: '2026-04-11',
        criticalUpper: '2026-04-11',
        fullUpper: '2026-04-11',
        severity: 'warning',
      },
    },
    {
      name: 'a one-day surge of 1.5× on day 5',
      // mean 101 × 1.5 = 151.5 ≥ 140; upper 121 × 1.5 = 181.5 ≥ 170.
      events: [
        { kind: 'event-surge', isp: 'Acme', date: '2026-01-06', factor: 1.5 },
      ],
      expected: {
        warning: '2026-01-06',
        critical: '2026-12-17',
        full: undefined,
        criticalUpper: '2026-01-06',
        fullUpper: undefined,
        severity: 'critical',
      },
    },
    {
      name: 'a surge of every ISP in a bounded multiplier window',
      // ×1.2 on days 0..9: upper 120 × 1.2 = 144 ≥ 140, 144 < 170.
      events: [
        { kind: 'event-surge', date: '2026-01-01', factor: 1.2 },
        {
          kind: 'demand-multiplier',
          isp: 'Other',
          factor: 9,
          from: '2026-01-01',
        },
      ],
      expected: {
        warning: '2026-07-20',
        critical: '2026-12-17',
        full: undefined,
        criticalUpper: '2026-09-08',
        fullUpper: undefined,
        severity: 'watch',
      },
    },
  ] as const)('applies $name', ({ events, expected }) => {
    // Prepare
    const scenario = scenarioOf(...(events as unknown as ScenarioEvent[]));

    // Act
    const dates = datesOf(scenario);

    // Assess
    expect(dates).toEqual(expected);
  });

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
    expect(e.severity).toBe('critical');
  });
});
