import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { chartedSeries } from '#lib/pipeline/charted-series';
import { buildChartData } from '#lib/report/chart-data';
import type { Scenario } from '#lib/rules/scenario';
import { AS_OF, GROUP, runBundle } from '../../helpers/bundle-series.ts';

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('chartedSeries for a what-if outage that began before today', () => {
  it('draws the capacity seen in the traffic before today, and the outage from today on', () => {
    // Prepare: LHR1 down from 5 days ago until day 3; the bundle's
    // history saw its 200 G every day (the traffic those days was real,
    // and the rules judge the forecast's days only)
    const scenario: Scenario = {
      name: 'since',
      events: [
        {
          kind: 'site-down',
          site: 'LHR1',
          from: addDays(AS_OF, -5),
          until: addDays(AS_OF, 3),
        },
      ],
    };
    const run = runBundle(undefined, undefined, 3, [], scenario);
    const modelled = run.modelled.map((m) => ({
      ...m,
      history: {
        ...m.history,
        capacity: m.history.values.map(() => 200e9),
      },
    }));
    const evaluated = { ...run, modelled };
    const group = run.evaluations.find((e) => e.key === GROUP)!;

    // Act
    const series = chartedSeries({ evaluated, asOf: AS_OF }).find(
      (s) => s.key === GROUP,
    )!;
    const { cap } = buildChartData(series, group, AS_OF, 80);

    // Assess: 200 G up to yesterday (beside the peaks it carried), 0
    // from today, as the evaluation counts it, 200 G from day 3 on
    const line = cap
      .filter((p) => p.s === 'capacity')
      .map((p) => [dayOf(p.t), p.v]);
    expect(group.capacityBps).toBe(0);
    expect(line).toEqual([
      [series.history.start, 200e9],
      [AS_OF, 0],
      [addDays(AS_OF, 3), 200e9],
      [line.at(-1)![0], 200e9],
    ]);
  });
});
