import { describe, expect, it } from 'vitest';
import type { PlannedAugment } from '#lib/domain/inventory';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { scenarioOf } from './apply-scenario-fixture.ts';
import { BASE_INPUT, G, LINK_A } from './series-fixture.ts';

/**
 * BASE_INPUT's upper bound reaches critical (170 G of 200 G) on day 250,
 * 2026-09-08; this augment lands on day 300, 50 days late.
 */
const LATE: PlannedAugment = {
  group: LINK_A.group,
  inServiceDate: '2026-10-28',
  addedBps: 100 * G,
  reference: 'CHG-9',
};
const INPUT: SeriesInput = { ...BASE_INPUT, augments: [LATE] };

/** The expedite and the plan's verdict under a site outage. */
const underOutage = (from: string, until: string) => {
  const down: ScenarioEvent = { kind: 'site-down', site: 'LHR1', from, until };
  const e = evaluateSeries(applyScenario(INPUT, scenarioOf(down)));
  return {
    lateByDays: e.plannedAugments.map((a) => a.lateByDays),
    criticalDateUpper: e.criticalDateUpper,
    expedite: e.expedite && [e.expedite.targetDate, e.expedite.byDays],
  };
};

describe('expediteRule in a what-if that has the whole bundle down', () => {
  it('brings the augment forward to the day its ports can carry the shortfall, not into the outage', () => {
    // Prepare: LHR1 down on days 10..16 (before: critical on 01-11, the
    // outage's first day, the augment 290 days late, expedited into it)

    // Act
    const found = underOutage('2026-01-11', '2026-01-18');

    // Assess: the same as with no outage
    expect(found).toEqual({
      lateByDays: [50],
      criticalDateUpper: '2026-09-08',
      expedite: ['2026-09-08', 50],
    });
  });

  it('does not bring it forward to today while the bundle is down today', () => {
    // Prepare: LHR1 down since before today until day 7 (before: the
    // utilization now, on no capacity, counted as critical reached, and
    // the augment was expedited to today, inside the outage)

    // Act
    const found = underOutage('2025-12-28', '2026-01-08');

    // Assess
    expect(found).toEqual({
      lateByDays: [50],
      criticalDateUpper: '2026-09-08',
      expedite: ['2026-09-08', 50],
    });
  });
});
