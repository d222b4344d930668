import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { asText, golden } from './render-email-fixture.ts';

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
    const text = messages.map(asText).join('\n----\n');
    expect(text).toBe(golden('acme-telecom-resolved-and-digest.txt', text));
  });

  it("names a retirement of the last weeks as the cause of a bundle's clearing, with the share it took", () => {
    // Prepare: a2 took 40% of its traffic 5 days ago; a1, a year ago,
    // all of it (the history still reads it, but it did not clear this)
    const cleared = {
      ...FRA2_IX,
      severity: 'ok' as const,
      orderByDate: undefined,
      trafficGone: [
        { linkId: 'a1', retiredOn: '2025-11-30' },
        { linkId: 'a2', retiredOn: '2026-11-25', share: 0.4 },
      ],
    };

    // Act
    const [message] = renderResolvedMessage({
      asOf: '2026-11-30',
      unit: 'Acme Telecom',
      groups: [cleared],
      config: EMAIL_CONFIG,
    });

    // Assess
    const text = emailProse(asText(message!));
    expect(text).toContain(
      'now ok, no critical date within the horizon; a2 (retired on ' +
        '2026-11-25) took 40% of its traffic with it.',
    );
    expect(text).not.toContain('a1 (retired');
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
