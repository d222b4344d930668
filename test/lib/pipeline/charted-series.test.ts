import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { PlannedAugment } from '#lib/domain/inventory';
import { chartedSeries } from '#lib/pipeline/charted-series';
import { buildChartData } from '#lib/report/chart-data';
import type { Scenario } from '#lib/rules/scenario';
import { AS_OF, GROUP, runBundle } from '../../helpers/bundle-series.ts';

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('chartedSeries in a what-if', () => {
  it("draws the capacity the scenario's outages take, as its evaluation counts it", () => {
    // Prepare: link a (100 G of the bundle's 200 G) down from yesterday,
    // and b down for ten days from day 20: nothing left then
    const scenario: Scenario = {
      name: 'outages',
      events: [
        { kind: 'link-down', linkId: 'a', from: addDays(AS_OF, -1) },
        {
          kind: 'link-down',
          linkId: 'b',
          from: addDays(AS_OF, 20),
          until: addDays(AS_OF, 30),
        },
      ],
    };
    const evaluated = runBundle(undefined, undefined, 3, [], scenario);
    const group = evaluated.evaluations.find((e) => e.key === GROUP)!;

    // Act
    const series = chartedSeries({ evaluated, asOf: AS_OF }).find(
      (s) => s.key === GROUP,
    )!;
    const { cap } = buildChartData(series, group, AS_OF, 80);

    // Assess: the capacity line from today on, as the evaluation has it
    const line = cap
      .filter((p) => p.s === 'capacity' && p.t >= ms(AS_OF))
      .map((p) => [new Date(p.t).toISOString().slice(0, 10), p.v]);
    expect(group.capacityBps).toBe(100e9);
    expect(line.slice(0, 3)).toEqual([
      [AS_OF, 100e9],
      [addDays(AS_OF, 20), 0],
      [addDays(AS_OF, 30), 100e9],
    ]);
  });

  const augment: PlannedAugment = {
    group: GROUP,
    inServiceDate: addDays(AS_OF, 14),
    addedBps: 100e9,
    reference: 'CHG-1',
  };
  const window = { from: addDays(AS_OF, 10), until: addDays(AS_OF, 20) };
  /** The capacity line from today on, as [day, bps] at each step. */
  const lineOf = (scenario: Scenario) => {
    const evaluated = runBundle(undefined, undefined, 3, [augment], scenario);
    const group = evaluated.evaluations.find((e) => e.key === GROUP)!;
    const series = chartedSeries({ evaluated, asOf: AS_OF }).find(
      (s) => s.key === GROUP,
    )!;
    return buildChartData(series, group, AS_OF, 80)
      .cap.filter((p) => p.s === 'capacity' && p.t >= ms(AS_OF))
      .map((p) => [new Date(p.t).toISOString().slice(0, 10), p.v]);
  };

  it('draws no capacity while the site of an augment landing in the outage is down', () => {
    // Prepare: LHR1 down days 10..19, the augment in service on day 14
    const scenario: Scenario = {
      name: 'site',
      events: [{ kind: 'site-down', site: 'LHR1', ...window }],
    };

    // Act
    const line = lineOf(scenario);

    // Assess: the augment's ports are down with the site until day 20
    expect(line.slice(0, 3)).toEqual([
      [AS_OF, 200e9],
      [addDays(AS_OF, 10), 0],
      [addDays(AS_OF, 20), 300e9],
    ]);
  });

  it("draws the augment in service while one member link is down: it keeps the bundle's other ports", () => {
    // Prepare: link a down days 10..19
    const scenario: Scenario = {
      name: 'link',
      events: [{ kind: 'link-down', linkId: 'a', ...window }],
    };

    // Act
    const line = lineOf(scenario);

    // Assess
    expect(line.slice(0, 4)).toEqual([
      [AS_OF, 200e9],
      [addDays(AS_OF, 10), 100e9],
      [addDays(AS_OF, 14), 200e9],
      [addDays(AS_OF, 20), 300e9],
    ]);
  });
});
