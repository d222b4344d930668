import { describe, expect, it } from 'vitest';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { Scenario, ScenarioEvent } from '#lib/rules/scenario';
import { scenarioOf } from './apply-scenario-fixture.ts';
import { BASE_INPUT, LINK_A } from './series-fixture.ts';

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
      // No capacity from day 59 (03-01) on: those days set no runout (no
      // augment adds capacity then), and before them upper 131.8 G < 140;
      // the outage alone makes it watch (outage-rule.test.ts).
      events: [{ kind: 'site-down', site: 'LHR1', from: '2026-03-01' }],
      expected: {
        warning: undefined,
        critical: undefined,
        full: undefined,
        criticalUpper: undefined,
        fullUpper: undefined,
        severity: 'watch',
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
});
