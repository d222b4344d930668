import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { emailWhen, reportLink } from '#lib/report/email-format';
import { formatUtilization } from '#lib/report/format-utilization';
import { renderIspMessage } from '#lib/report/render-email';
import { renderReport } from '#lib/report/render-report';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

/** A rate as the report writes it: '7.75 Gbps', '400 Gbps', '850 Mbps'. */
const RATE = /\d+(?:\.\d+)? [kMGT]?bps/g;
/** A percentage, written with a space or without: '77.5%', '+42.5 %/yr'. */
const PERCENT = /[+−-]?\d+(?:\.\d+)? ?%(?:\/yr)?/g;

/** One bundle's alert as of 2026-11-26 and its ISP page. */
async function alertAndPage(group: Evaluation) {
  const [message] = renderIspMessage({
    asOf: '2026-11-26',
    unit: 'Acme Telecom',
    groups: [group],
    reasons: { [group.key]: 'new' },
    config: EMAIL_CONFIG,
  });
  const files = await renderReport(
    fixtureInput({ asOf: '2026-11-26', evaluations: [group] }),
  );
  const page = files.find((f) => f.path === 'isp/acme-telecom.html')!.body;
  return { email: message!.body, page };
}

describe('email formats', () => {
  it('writes every rate as the report pages do, so an email and the page read the same figures', async () => {
    // Prepare: LHR1 at 7.75 Gbps on 10 Gbps ports, overdue, with a late
    // planned port: rates one decimal ('7.8 Gbps', '10 Gbps') and three
    // significant digits ('7.75 Gbps', '10.0 Gbps') write differently
    const group: Evaluation = {
      ...LHR1_PNI,
      lastPeakBps: 7.75e9,
      capacityBps: 10e9,
      utilization: 0.775,
      portBps: 10e9,
      recommendedAddBps: 20e9,
      plannedAugments: LHR1_PNI.plannedAugments.map((a) => ({
        ...a,
        addedBps: 10e9,
      })),
      expedite: { ...LHR1_PNI.expedite!, addedBps: 10e9, askBps: 20e9 },
    };

    // Act
    const { email, page } = await alertAndPage(group);

    // Assess
    const rates = [...email.matchAll(RATE)].map((m) => m[0]);
    expect(new Set(rates)).toEqual(
      new Set(['10.0 Gbps', '20.0 Gbps', '7.75 Gbps']),
    );
    for (const rate of rates) expect(page, rate).toContain(rate);
  });

  it('writes every utilization, threshold and growth as the pages do', async () => {
    // Prepare: 77.46 % used, growing 34.56 % a year: whole percents
    // ('77 %', '+35 % a year') or a space before the sign read otherwise
    // than the page's '77.5%' and '+34.6%/yr'
    const group: Evaluation = {
      ...LHR1_PNI,
      utilization: 0.7746,
      growthPctPerYear: 34.56,
    };

    // Act
    const { email, page } = await alertAndPage(group);

    // Assess: the levels (the 80% bound) are labels; every figure is a value
    const figures = [...email.matchAll(PERCENT)].map((m) => m[0]);
    expect(figures).toEqual(
      expect.arrayContaining(['77.5%', '85.0%', '70.0%', '+34.6%/yr']),
    );
    for (const figure of figures) expect(page, figure).toContain(figure);
  });

  it('never writes a utilization rounded up to a threshold it has not reached', async () => {
    // Prepare: a warning bundle at 84.996 % of capacity: one decimal read
    // '85.0%' beside 'Critical 85.0%' on a bundle not critical
    const group: Evaluation = {
      ...LHR1_PNI,
      severity: 'warning',
      utilization: 0.84996,
      warning: 0.7,
      critical: 0.85,
    };

    // Act
    const { email, page } = await alertAndPage(group);
    const onConsole = formatUtilization(group);

    // Assess: two decimals, rounded down, in the email, the page and the
    // console; a utilization clear of the thresholds keeps one decimal
    expect(email).toContain('= 84.99%');
    expect(page).toContain('84.99%');
    expect(page).not.toMatch(/>85\.0%</);
    expect(onConsole).toBe('84.99%');
    expect(formatUtilization({ ...group, utilization: 0.8494 })).toBe('84.9%');
    expect(formatUtilization({ ...group, utilization: 0.85 })).toBe('85.0%');
    expect(formatUtilization({ ...group, utilization: 0.6999 })).toBe('69.99%');
  });

  it('writes dates and links as a reader expects', () => {
    // Prepare
    const asOf = '2026-11-26';

    // Act
    const texts = [
      emailWhen('2026-11-25', asOf),
      emailWhen('2026-11-27', asOf),
      emailWhen('2026-11-26', asOf),
      reportLink('https://r.example/base', 'Telecom Sud'),
      reportLink('', 'Acme'),
    ];

    // Assess
    expect(texts).toEqual([
      '2026-11-25 (yesterday)',
      '2026-11-27 (tomorrow)',
      '2026-11-26 (today)',
      'https://r.example/base/reports/latest/isp/telecom-sud.html',
      'reports/latest/isp/acme.html',
    ]);
  });
});
