import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import {
  BASE_INPUT,
  G,
  LINK_A,
  LINK_B,
  linearForecast,
} from './series-fixture.ts';

// Hand computation for BASE_INPUT (capacity 200 G, day i = 2026-01-01 + i):
// mean 100 + 0.2 i reaches 140 (warning) at i = 200 (07-20), 170 at
// i = 350 (12-17), 200 not within 365 days; upper 120 + 0.2 i reaches 140
// at i = 100 (04-11), 170 at i = 250 (09-08), 200 at i = 400 (none).
// Order-by = 09-08 − 90 days = 06-10. Recommended: max upper 192.8 G / 0.7
// = 275.4 G − 200 G = 75.4 G → 1 port of 100 G. N-1: 95 G ≤ 100 G now,
// upper 120 G > 100 G from day 0.
describe('evaluateSeries', () => {
  it('judges a growing bundle against its thresholds, whole output', () => {
    // Prepare
    const input = BASE_INPUT;

    // Act
    const evaluation = evaluateSeries(input);

    // Assess
    expect(evaluation).toEqual({
      level: 'group',
      key: 'Acme/LHR1/pni',
      isp: 'Acme',
      site: 'LHR1',
      region: 'EMEA',
      linkType: 'pni',
      owner: 'emea-peering',
      model: 'test-linear',
      lastPeakBps: 95 * G,
      capacityBps: 200 * G,
      utilization: 0.475,
      growthPctPerYear: expect.any(Number),
      warningDate: '2026-07-20',
      criticalDate: '2026-12-17',
      warningDateUpper: '2026-04-11',
      criticalDateUpper: '2026-09-08',
      orderByDate: '2026-06-10',
      leadTimeDays: 90,
      severity: 'watch',
      recommendedAddBps: 100 * G,
      recommendedPorts: 1,
      portBps: 100 * G,
      n1Ok: true,
      n1BreachDate: '2026-01-01',
      plannedAugments: [],
      warning: 0.7,
      critical: 0.85,
      group: 'Acme/LHR1/pni',
      memberLinks: 2,
    });
  });

  it.each([
    { lead: 251, severity: 'critical', orderBy: '2025-12-31' },
    { lead: 250, severity: 'critical', orderBy: '2026-01-01' },
    { lead: 249, severity: 'warning', orderBy: '2026-01-02' },
    { lead: 220, severity: 'warning', orderBy: '2026-01-31' },
    { lead: 219, severity: 'watch', orderBy: '2026-02-01' },
  ])(
    'gives $severity when the lead time is $lead days (order by $orderBy)',
    ({ lead, severity, orderBy }) => {
      // Prepare
      const links = [LINK_A, LINK_B].map((l) => ({ ...l, leadTimeDays: lead }));

      // Act
      const evaluation = evaluateSeries({ ...BASE_INPUT, links });

      // Assess
      expect([evaluation.orderByDate, evaluation.severity]).toEqual([
        orderBy,
        severity,
      ]);
    },
  );

  it('gives ok when no threshold is reached within the horizon', () => {
    // Prepare
    const forecast = linearForecast(50, 0, 10);

    // Act
    const evaluation = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess
    expect([
      evaluation.severity,
      evaluation.recommendedPorts,
      evaluation.recommendedAddBps,
      evaluation.n1BreachDate,
      evaluation.orderByDate,
    ]).toEqual(['ok', 0, 0, undefined, undefined]);
  });

  it('takes the current peak after the forecast cleaned an outlier', () => {
    // Prepare: index 24 holds the week's 95 G; the cleaner says 85 G.
    const forecast = {
      ...BASE_INPUT.forecast,
      cleaned: [
        {
          index: 24,
          kind: 'spike' as const,
          original: 95 * G,
          replacement: 85 * G,
        },
      ],
    };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess
    expect([e.lastPeakBps, e.utilization]).toEqual([94 * G, 0.47]);
  });

  it('rejects a series without links and bounds of the wrong length', () => {
    // Prepare
    const short = { ...BASE_INPUT.forecast, upper: { 80: [1] } };

    // Act
    const noLinks = () => evaluateSeries({ ...BASE_INPUT, links: [] });
    const badBounds = () => evaluateSeries({ ...BASE_INPUT, forecast: short });
    const badDate = () => evaluateSeries({ ...BASE_INPUT, asOf: '2026-02-30' });

    // Assess
    expect(noLinks).toThrow(InputError);
    expect(badBounds).toThrow(/forecast\.upper\.80.*365 days/);
    expect(badDate).toThrow(/asOf/);
  });
});
