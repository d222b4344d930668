import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { chartedSeries } from '#lib/pipeline/charted-series';
import { buildChartData } from '#lib/report/chart-data';
import type { Scenario } from '#lib/rules/scenario';
import {
  AS_OF,
  BUNDLE_INVENTORY,
  GROUP,
  runBundle,
} from '../../helpers/bundle-series.ts';

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
    const series = chartedSeries({
      evaluated,
      inventory: BUNDLE_INVENTORY,
      asOf: AS_OF,
      scenario,
    }).find((s) => s.key === GROUP)!;
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
});
