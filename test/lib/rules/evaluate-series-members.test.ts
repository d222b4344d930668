import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import {
  BASE_INPUT,
  G,
  HISTORY,
  LINK_A,
  LINK_B,
  linearForecast,
} from './series-fixture.ts';

describe('evaluateSeries on the members of a series', () => {
  it('does not judge N-1 on a single link series', () => {
    // Prepare
    const input = { ...BASE_INPUT, level: 'link' as const, links: [LINK_A] };

    // Act
    const e = evaluateSeries(input);

    // Assess
    expect([e.n1Ok, e.n1BreachDate, e.capacityBps]).toEqual([
      true,
      undefined,
      100 * G,
    ]);
  });

  it('reports N-1 lost today when the peak exceeds the links left', () => {
    // Prepare
    const history = { ...HISTORY, values: [...HISTORY.values, 101 * G] };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, history });

    // Assess
    expect([e.n1Ok, e.n1BreachDate]).toEqual([false, '2026-01-01']);
  });

  it('dates the N-1 breach when the upper bound outgrows the links left', () => {
    // Prepare: upper 60 + 0.2 i > 100 from i = 201 (2026-07-21).
    const forecast = linearForecast(50, 0.2, 10);

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess
    expect([e.n1Ok, e.n1BreachDate]).toEqual([true, '2026-07-21']);
  });

  it('describes mixed members by what they share and sums their capacity', () => {
    // Prepare
    const fra = {
      ...LINK_B,
      linkId: 'fra2-acme-ix-1',
      site: 'FRA2',
      linkType: 'ix' as const,
      region: 'DACH',
      owner: 'dach-peering',
      capacityBps: 50 * G,
      leadTimeDays: 60,
    };
    const input = {
      ...BASE_INPUT,
      level: 'isp' as const,
      key: 'Acme',
      links: [LINK_A, LINK_B, fra],
    };

    // Act
    const e = evaluateSeries(input);

    // Assess: 250 G; thresholds of pni and ix agree; lead time the longest.
    expect([
      e.isp,
      e.site,
      e.linkType,
      e.region,
      e.owner,
      e.capacityBps,
      e.leadTimeDays,
    ]).toEqual(['Acme', '', '', 'EMEA', 'emea-peering', 250 * G, 90]);
  });
});
