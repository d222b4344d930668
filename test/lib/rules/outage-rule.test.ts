import { describe, expect, it } from 'vitest';
import { groupRow } from '#lib/report/group-rows';
import { applyScenario } from '#lib/rules/apply-scenario';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { scenarioOf } from './apply-scenario-fixture.ts';
import { BASE_INPUT, LINK_A, linearForecast } from './series-fixture.ts';

/** Flat at 100 G (upper 120 G) on 200 G: fine but for the outage. */
const FLAT: SeriesInput = {
  ...BASE_INPUT,
  forecast: linearForecast(100, 0, 20),
};
/** LHR1 down on days 10..16. */
const WEEK: ScenarioEvent = {
  kind: 'site-down',
  site: 'LHR1',
  from: '2026-01-11',
  until: '2026-01-18',
};

/** The decision's fields a user reads, for a series under `events`. */
const verdictOf = (input: SeriesInput, ...events: ScenarioEvent[]) => {
  const e = evaluateSeries(applyScenario(input, scenarioOf(...events)));
  return {
    severity: e.severity,
    orderByDate: e.orderByDate,
    criticalDateUpper: e.criticalDateUpper,
    recommendedPorts: e.recommendedPorts,
    outages: e.outages,
  };
};

describe('a what-if outage of the whole bundle', () => {
  it('is named as the shortfall, with no order-by date, when it is the only one', () => {
    // Act: before, critical with order-by 2025-10-13 (the outage's first
    // day − 90), "start now" with no ports to ask for
    const verdict = verdictOf(FLAT, WEEK);

    // Assess
    expect(verdict).toEqual({
      severity: 'watch',
      orderByDate: undefined,
      criticalDateUpper: undefined,
      recommendedPorts: 0,
      outages: [{ from: '2026-01-11', until: '2026-01-18' }],
    });
  });

  it('leaves the order for a shortfall outside it as the real run has it', () => {
    // Prepare: BASE_INPUT grows: critical (upper) on 09-08, order-by 06-10
    const real = evaluateSeries(BASE_INPUT);

    // Act
    const verdict = verdictOf(BASE_INPUT, WEEK);

    // Assess
    expect(verdict).toEqual({
      severity: real.severity,
      orderByDate: '2026-06-10',
      criticalDateUpper: '2026-09-08',
      recommendedPorts: real.recommendedPorts,
      outages: [{ from: '2026-01-11', until: '2026-01-18' }],
    });
  });

  it('joins the days two events leave it down and runs to the horizon without an end', () => {
    // Prepare: link a down from day 10 on, b on days 12..19 and from 30 on
    const events: ScenarioEvent[] = [
      { kind: 'link-down', linkId: LINK_A.linkId, from: '2026-01-11' },
      {
        kind: 'link-down',
        linkId: 'lhr1-acme-pni-2',
        from: '2026-01-13',
        until: '2026-01-21',
      },
      { kind: 'link-down', linkId: 'lhr1-acme-pni-2', from: '2026-01-31' },
    ];

    // Act
    const { outages } = verdictOf(FLAT, ...events);

    // Assess
    expect(outages).toEqual([
      { from: '2026-01-13', until: '2026-01-21' },
      { from: '2026-01-31' },
    ]);
  });

  it('leaves N-1 to the days the bundle is up', () => {
    // Prepare: upper 80 G fits the 100 G left with one link down; before,
    // N-1 'failed' from the outage's first day, with no link up to fail
    const input = { ...BASE_INPUT, forecast: linearForecast(60, 0, 20) };

    // Act
    const e = evaluateSeries(applyScenario(input, scenarioOf(WEEK)));

    // Assess
    expect([e.n1Ok, e.n1BreachDate]).toEqual([true, undefined]);
  });

  it('dates the N-1 breach of a bundle down today on the first day it is up, as if the outage began tomorrow', () => {
    // Prepare: upper 80 G + 0.2 G a day outgrows the 100 G left with one
    // link down on day 101, 2026-04-12; LHR1 down until 2026-01-08, from
    // today or from tomorrow (before: down today gave 2026-01-01, an
    // outage day, the as-of date, in groups.csv)
    const input = { ...BASE_INPUT, forecast: linearForecast(60, 0.2, 20) };
    const down = (from: string) => {
      const until = '2026-01-08';
      const event: ScenarioEvent = { ...WEEK, from, until };
      const e = evaluateSeries(applyScenario(input, scenarioOf(event)));
      const row = groupRow(e, input.asOf);
      return [row.n1_ok, row.n1_breach_date];
    };

    // Act
    const today = down('2026-01-01');
    const tomorrow = down('2026-01-02');

    // Assess: down today holds no N-1 now, yet breaks it on the same day
    expect(today).toEqual([false, '2026-04-12']);
    expect(tomorrow).toEqual([true, '2026-04-12']);
  });

  it('leaves a real run without outages', () => {
    // Act
    const e = evaluateSeries(FLAT);

    // Assess
    expect(e.outages).toBeUndefined();
  });
});
