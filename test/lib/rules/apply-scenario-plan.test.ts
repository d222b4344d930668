import { describe, expect, it } from 'vitest';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { AUGMENT, scenarioOf, WINDOW } from './apply-scenario-fixture.ts';
import { BASE_INPUT, G, linearForecast } from './series-fixture.ts';

describe('evaluating a plan in an outage of its bundle', () => {
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

  it('judges the plan on the days its ports are up: an augment landing in the outage is not late for it', () => {
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

    // Assess: the first augment is down from day 10 too, and so would
    // the second be, pulled in: the bundle is short only while it is
    // down, which no augment fixes (before, the second was 10 days late
    // and expedited into the outage); nothing is asked on top
    expect(e.plannedAugments.map((a) => a.lateByDays)).toEqual([0, 0]);
    expect(e.expedite).toBeUndefined();
    expect(e.outages).toEqual([{ from: WINDOW.from }]);
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
    expect(e.outages).toEqual([{ from: '2026-04-11', until: '2026-05-01' }]);
  });
});
