import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { summarizeIsp, worstSeverity } from '#lib/rules/summarize-isp';
import { BASE_INPUT, G, LINK_A, LINK_B } from './series-fixture.ts';

describe('summarizeIsp', () => {
  it('gives the negotiation figures of one ISP', () => {
    // Prepare: flat mean 100 G, bounds end at 80 and 130 G.
    const days = 366;
    const mean = new Array<number>(days).fill(100 * G);
    const forecast = {
      ...BASE_INPUT.forecast,
      mean,
      lower: { 80: mean.map((v, i) => (i >= days - 7 ? 80 * G : v)) },
      upper: { 80: mean.map((v, i) => (i >= days - 7 ? 130 * G : v)) },
    };
    const isp = evaluateSeries({
      ...BASE_INPUT,
      level: 'isp',
      key: 'Acme',
      forecast,
    });
    const groups = [
      { severity: 'warning' },
      { severity: 'watch' },
      { severity: 'critical' },
    ] as Evaluation[];

    // Act
    const summary = summarizeIsp({
      isp,
      groups,
      links: [
        { ...LINK_A, asn: 64603 },
        { ...LINK_B, asn: 64602 },
      ],
      forecast,
      config: DEFAULT_CONFIG,
    });

    // Assess: span 366 − 7 = 359 days; both ASNs, ascending (the first
    // line's alone was shown before).
    expect(summary).toEqual({
      isp: 'Acme',
      asns: [64602, 64603],
      region: 'EMEA',
      owner: 'emea-peering',
      demandBps: 95 * G,
      growthPctPerYear: 0,
      growthLowPctPerYear: expect.closeTo((0.8 ** (365 / 359) - 1) * 100, 6),
      growthHighPctPerYear: expect.closeTo((1.3 ** (365 / 359) - 1) * 100, 6),
      capacityBps: 200 * G,
      headroom: 0.525,
      groupsAtRisk: 2,
      worstSeverity: 'critical',
    });
  });

  it('falls back to the mean when the forecast has no interval', () => {
    // Prepare
    const forecast = { ...BASE_INPUT.forecast, lower: {}, upper: {} };
    const isp = evaluateSeries({ ...BASE_INPUT, level: 'isp', forecast });

    // Act
    const summary = summarizeIsp({
      isp: { ...isp, capacityBps: 0 },
      groups: [],
      links: [],
      forecast,
      config: DEFAULT_CONFIG,
    });

    // Assess
    expect([
      summary.asns,
      summary.headroom,
      summary.growthLowPctPerYear === summary.growthPctPerYear,
      summary.worstSeverity,
    ]).toEqual([[], 0, true, 'ok']);
  });
});

describe('worstSeverity', () => {
  it('picks the most urgent severity', () => {
    // Prepare
    const severities = ['watch', 'ok', 'warning'] as const;

    // Act
    const worst = worstSeverity(severities);

    // Assess
    expect(worst).toBe('warning');
  });
});
