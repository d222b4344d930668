import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { asText, golden } from './render-email-fixture.ts';

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
    const text = messages.map(asText).join('\n----\n');
    expect(text).toBe(golden('acme-telecom-alert.txt', text));
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
    // At most 99 characters: SNS refuses a subject of 100. The ISPs are
    // cut at a whole name, the bracket closed (it read "Be…: 1 critical").
    expect(message!.subject).toBe(
      '[Headroom what-if] OVERDUE emea-peering (Acme Telecom, …): 1 critical, 1 warning — was due 6 d ago',
    );
    expect(message!.subject.length).toBeLessThanOrEqual(99);
    expect(message!.id).toBe('2026-11-26/what-if-owner/emea-peering/1');
    // Every ISP and region, so that a subscription to either receives it
    expect(message!.attributes).toEqual({
      isp: ['Acme Telecom', 'Beta'],
      region: ['DACH', 'EMEA'],
      severity: 'critical',
      owner: 'emea-peering',
    });
    expect(message!.body).toContain('Regions DACH, EMEA, owner emea-peering.');
    expect(message!.body).toMatch(/^WHAT-IF, not the plan/);
    expect(message!.body).toContain('reports/2026-11-26/isp/beta.html');
  });

  it('says a planned augment one day late in the singular', () => {
    // Prepare: LHR1's planned augment lands a day after its critical date
    const group = {
      ...LHR1_PNI,
      plannedAugments: LHR1_PNI.plannedAugments.map((a) => ({
        ...a,
        lateByDays: 1,
      })),
    };

    // Act
    const [alert] = renderIspMessage({
      asOf: '2026-11-30',
      unit: 'Acme Telecom',
      groups: [group],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(emailProse(alert!.body)).toContain(
      ': TOO LATE, 1 day after critical\n',
    );
  });
});
