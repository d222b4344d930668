import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { renderIspMessage } from '#lib/report/render-email';
import { AS_OF } from '../../fixtures/report/report-input.ts';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { IN_SERVICE } from '../../helpers/in-service-augment.ts';

describe('an augment in service already', () => {
  it('reads "in service since" in the alert and resolved emails, never as planned or late', () => {
    // Prepare
    const group: Evaluation = {
      ...LHR1_PNI,
      plannedAugments: [
        { ...IN_SERVICE, addedBps: 100e9 },
        ...LHR1_PNI.plannedAugments,
      ],
    };

    // Act
    const [alert] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [group],
      config: EMAIL_CONFIG,
    });
    const [resolved] = renderResolvedMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [{ ...group, severity: 'watch', plannedAugments: [IN_SERVICE] }],
      config: EMAIL_CONFIG,
    });

    // Assess
    const lines = emailProse(alert!.body).split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith('Planned:'));
    expect(lines.slice(at, at + 2)).toEqual([
      '   Planned:          CHG-4711 +100 Gbps in service 2027-03-01: TOO LATE, 11 days after critical',
      '   In service:       +100 Gbps in service since 2026-10-01 (CHG-900): counted in capacity; remove it from augments.csv once its ports are in links.csv',
    ]);
    expect(resolved!.body).toContain(
      'counting CHG-900 (in service since 2026-10-01).',
    );
  });
});
