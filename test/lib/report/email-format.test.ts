import { describe, expect, it } from 'vitest';
import {
  emailBps,
  emailPct,
  emailWhen,
  reportLink,
} from '#lib/report/email-format';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

describe('email formats', () => {
  it('writes every rate of an overdue block one way, the overdue choices included', () => {
    // Prepare: LHR1 on 10 Gbps ports, overdue, with a late planned augment
    const group = {
      ...LHR1_PNI,
      portBps: 10e9,
      recommendedAddBps: 20e9,
      plannedAugments: LHR1_PNI.plannedAugments.map((a) => ({
        ...a,
        addedBps: 10e9,
      })),
      expedite: { ...LHR1_PNI.expedite!, addedBps: 10e9, askBps: 20e9 },
    };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups: [group],
      reasons: { [group.key]: 'new' },
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(message!.body).toContain('+2 × 10 Gbps (20 Gbps)');
    expect(message!.body).toContain('(+10 Gbps, in service');
    expect(message!.body).not.toContain('10.0 Gbps');
  });

  it('writes rates, ratios, dates and links as a reader expects', () => {
    // Prepare
    const asOf = '2026-11-26';

    // Act
    const texts = [
      emailBps(1.25e12),
      emailBps(312.44e9),
      emailBps(400e9),
      emailBps(850e6),
      emailBps(Number.NaN),
      emailPct(0.7812),
      emailPct(Number.POSITIVE_INFINITY),
      emailWhen('2026-11-25', asOf),
      emailWhen('2026-11-27', asOf),
      emailWhen('2026-11-26', asOf),
      reportLink('https://r.example/base', 'Telecom Sud'),
      reportLink('', 'Acme'),
    ];

    // Assess
    expect(texts).toEqual([
      '1.3 Tbps',
      '312.4 Gbps',
      '400 Gbps',
      '850 Mbps',
      'n/a',
      '78.1 %',
      'n/a',
      '2026-11-25 (yesterday)',
      '2026-11-27 (tomorrow)',
      '2026-11-26 (today)',
      'https://r.example/base/reports/latest/isp/telecom-sud.html',
      'reports/latest/isp/acme.html',
    ]);
  });
});
