import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import {
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { asText, bundleLinesOf } from './render-email-fixture.ts';

/** The digest's lines of the bundle titled `title`: its figures and below. */
function linesOf(held: Record<string, 'warning' | 'critical'>, title: string) {
  const [digest] = renderDigest({
    asOf: '2026-11-30',
    owner: 'emea-peering',
    groups: [
      { ...LHR1_PNI, severity: 'warning' },
      { ...FRA2_IX, severity: 'critical' },
    ],
    config: EMAIL_CONFIG,
    held,
  });
  const lines = bundleLinesOf(asText(digest!));
  const from = lines.indexOf(`  ${title}`);
  const next = lines.findIndex((l, i) => i > from && /^ {2}\S/.test(l));
  return lines.slice(from + 1, next < 0 ? undefined : next);
}

describe('renderDigest: a bundle whose fall the changes list holds back', () => {
  it('says its alert is held at critical beside the run’s warning', () => {
    // Act
    const lines = linesOf({ [LHR1_PNI.key]: 'critical' }, 'LHR1 pni');

    // Assess: before, WARNING alone to a reader whose alert said critical
    expect(lines).toEqual([
      expect.stringMatching(/^ {4}warning /),
      '    held at critical (alert open)',
    ]);
  });

  it('adds nothing where the held level is the run’s own', () => {
    // Act
    const lines = linesOf({ [FRA2_IX.key]: 'critical' }, 'FRA2 ix');

    // Assess
    expect(lines).toEqual([expect.stringMatching(/^ {4}critical /)]);
  });

  it('lists a bundle at ok whose alert is held open, which it left out', () => {
    // Prepare: LHR1 at ok in this run, its critical alert held open
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [
        { ...LHR1_PNI, severity: 'ok' },
        { ...FRA2_IX, severity: 'critical' },
      ],
      config: EMAIL_CONFIG,
      held: { [LHR1_PNI.key]: 'critical' },
    });

    // Act
    const text = asText(digest!);

    // Assess
    expect(text).toContain(
      '1 bundle at watch or above (1 critical), and 1 bundle at ok whose alert is\nheld open.',
    );
    expect(text).toMatch(
      /\n {2}LHR1 pni\n {4}ok .*\n {4}held at critical \(alert open\)\n/,
    );
  });
});
