import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '#lib/domain/message';
import { renderDigest } from '#lib/report/email-digest';
import {
  emailBps,
  emailPct,
  emailWhen,
  reportLink,
} from '#lib/report/email-format';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { bytes, splitBodies } from '#lib/report/email-split';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

const golden = (name: string) =>
  readFileSync(
    new URL(`../../fixtures/rules/${name}`, import.meta.url),
    'utf8',
  );

/** The message as a reader sees it: subject, attributes, body. */
const asText = (m: Message) =>
  `Id: ${m.id}\nSubject: ${m.subject}\nAttributes: ${JSON.stringify(m.attributes)}\n\n${m.body}`;

describe('renderIspMessage', () => {
  it('renders the alert of a realistic ISP as in the golden file', () => {
    // Prepare
    const groups = [FRA2_IX, AMS1_CACHE, LHR1_PNI];
    const reasons = {
      [LHR1_PNI.key]: 'escalated from warning',
      [FRA2_IX.key]: 'new',
    };

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups,
      reasons,
      config: EMAIL_CONFIG,
      changes: {
        since: '2026-11-19',
        lines: {
          [LHR1_PNI.key]:
            'escalated warning → critical; order-by 15 days earlier (2026-11-01 → 2026-10-17)',
        },
      },
    });

    // Assess
    expect(messages.map(asText).join('\n----\n')).toBe(
      golden('acme-telecom-alert.txt'),
    );
  });

  it('sends nothing when no group is at warning or critical', () => {
    // Prepare
    const groups = [AMS1_CACHE];

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups,
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(messages).toEqual([]);
  });

  it('splits a body over the size limit into numbered parts, losing nothing', () => {
    // Prepare: 40 bundles, a 4 KB budget.
    const groups = Array.from({ length: 40 }, (_, i) => ({
      ...FRA2_IX,
      key: `Acme Telecom/S${String(i).padStart(2, '0')}/ix`,
      site: `S${String(i).padStart(2, '0')}`,
    }));

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups,
      config: EMAIL_CONFIG,
      maxBytes: 4096,
    });

    // Assess
    const all = messages.map((m) => m.body).join('');
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => bytes(m.body) <= 4096)).toBe(true);
    expect(groups.every((g) => all.includes(`${g.site} ix — WARNING`))).toBe(
      true,
    );
    expect(messages.map((m) => m.id)).toEqual(
      messages.map((_, i) => `2026-11-26/alert/acme-telecom/${i + 1}`),
    );
    expect(messages[1]!.subject).toContain(`(part 2/${messages.length})`);
  });

  it('keeps the subject within 100 characters with a long ISP name', () => {
    // Prepare
    const isp =
      'Very Long Regional Broadband and Fibre Cooperative of Upper Somewhere GmbH & Co. KG';

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: isp,
      groups: [{ ...LHR1_PNI, isp }],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(message!.subject.length).toBeLessThanOrEqual(100);
    expect(message!.subject).toMatch(
      /^\[Headroom\] OVERDUE Very Long .*…: 1 critical — was due 2026-11-20 \(6 d ago\)$/,
    );
  });

  it('groups several ISPs per owner and marks a what-if run', () => {
    // Prepare
    const config = {
      ...EMAIL_CONFIG,
      notify: { ...EMAIL_CONFIG.notify, by: 'owner' as const },
    };
    const beta = {
      ...FRA2_IX,
      isp: 'Beta',
      key: 'Beta/FRA2/ix',
      region: 'DACH',
    };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'emea-peering',
      groups: [LHR1_PNI, beta],
      config,
      scenario: 'What if LHR1 fails: site LHR1 down from 2026-12-01.',
    });

    // Assess
    expect(message!.subject).toBe(
      '[Headroom what-if] OVERDUE emea-peering (Acme…: 1 critical, 1 warning — was due 2026-11-20 (6 d ago)',
    );
    expect(message!.id).toBe('2026-11-26/what-if-owner/emea-peering/1');
    expect(message!.attributes).toEqual({
      isp: 'multiple',
      region: 'multiple',
      severity: 'critical',
      owner: 'emea-peering',
    });
    expect(message!.body).toMatch(/^WHAT-IF, not the plan/);
    expect(message!.body).toContain('reports/2026-11-26/isp/beta.html');
  });
});

describe('renderResolvedMessage and renderDigest', () => {
  it('renders the resolved message and the weekly digest as in the golden file', () => {
    // Prepare
    const cleared = {
      ...FRA2_IX,
      severity: 'watch' as const,
      orderByDate: '2027-03-01',
    };

    // Act
    const messages = [
      ...renderResolvedMessage({
        asOf: '2026-11-30',
        unit: 'Acme Telecom',
        groups: [cleared, { ...AMS1_CACHE, severity: 'ok' as const }],
        config: EMAIL_CONFIG,
      }),
      ...renderDigest({
        asOf: '2026-11-30',
        owner: 'emea-peering',
        groups: [
          FRA2_IX,
          LHR1_PNI,
          AMS1_CACHE,
          { ...AMS1_CACHE, severity: 'ok' },
        ],
        config: EMAIL_CONFIG,
      }),
    ];

    // Assess
    expect(messages.map(asText).join('\n----\n')).toBe(
      golden('acme-telecom-resolved-and-digest.txt'),
    );
  });

  it('says in the digest that a group over critical now has reached it, as its alert does', () => {
    // Prepare: LHR1 at 88 % now; its forecast's first day over 85 % ahead
    const over = { ...LHR1_PNI, utilization: 0.88 };

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [over],
      config: EMAIL_CONFIG,
    });

    // Assess
    const line = asText(digest!)
      .split('\n')
      .find((l) => l.includes('LHR1 pni'));
    expect(line).toMatch(/now 88 %\s+critical reached$/);
  });

  it('sends no resolved message or digest when there is nothing to say', () => {
    // Prepare
    const ok = { ...AMS1_CACHE, severity: 'ok' as const };

    // Act
    const resolved = renderResolvedMessage({
      asOf: '2026-11-30',
      unit: 'Acme',
      groups: [],
      config: EMAIL_CONFIG,
    });
    const digest = renderDigest({
      asOf: '2026-11-30',
      owner: 'x',
      groups: [ok],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect([resolved, digest]).toEqual([[], []]);
  });
});

describe('splitBodies', () => {
  it('cuts a block too big for one part between lines and characters', () => {
    // Prepare
    const block = `${'a'.repeat(30)}\n${'b'.repeat(5)}\n`;

    // Act
    const parts = splitBodies('H\n', [block, 'c\n'], 'F\n', 20);

    // Assess
    expect(parts.map((p) => p.slice(2, -2)).join('')).toBe(`${block}c\n`);
    expect(parts.every((p) => bytes(p) <= 20)).toBe(true);
  });

  it('refuses a budget the header and footer alone exceed', () => {
    // Prepare
    const split = () => splitBodies('header', ['x'], 'footer', 10);

    // Act
    const failure = () => split();

    // Assess
    expect(failure).toThrow(RangeError);
  });
});

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
