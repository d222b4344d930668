import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderDigest } from '#lib/report/email-digest';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_LATE_AUGMENT,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { bundleLinesOf } from './render-email-fixture.ts';

/** A bundle of LHR1_PNI's figures with the inventory's `group` name. */
const named = (key: string, site = 'LHR1'): Evaluation => ({
  ...LHR1_PNI,
  key,
  site,
  severity: 'watch',
});

/** links.csv allows names of up to 100 characters. */
const LONGEST = `Some Very Long ISP Name Ltd/FRA2-Equinix-FR5/pni ${'x'.repeat(51)}`;
const LONG_SITE = 'FRA2-Equinix-FR5-Hall-3-Cage-12';

/**
 * The widest figures a digest is likely to hold, each in one column:
 * overdue by 320 days (a lead time of 400) and 12 ports of 10 Gbps; on
 * another row, over 100 % now; and the warning date of a bundle that
 * stays below critical.
 */
const WIDEST: Evaluation[] = [
  {
    ...LHR1_PNI,
    key: 'Acme Telecom/LHR2/pni',
    site: 'LHR2',
    leadTimeDays: 400,
    orderByDate: '2026-01-14',
    recommendedPorts: 12,
    recommendedAddBps: 120e9,
    portBps: 10e9,
  },
  {
    ...FRA2_IX,
    key: 'Acme Telecom/FRA3/ix',
    site: 'FRA3',
    severity: 'critical',
    utilization: 1.042,
    criticalDateUpper: '2026-11-30',
    orderByDate: '2026-10-01',
  },
  { ...AMS1_CACHE, warningDateUpper: '2027-04-24', recommendedPorts: 0 },
];

/** The digest's body as the email holds it. */
function bodyOf(
  groups: readonly Evaluation[],
  more: Partial<Parameters<typeof renderDigest>[0]> = {},
): string {
  const [digest] = renderDigest({
    asOf: '2026-11-30',
    owner: 'emea-peering',
    groups,
    config: EMAIL_CONFIG,
    ...more,
  });
  return digest!.body;
}

/** A line's width in characters ('×', '—' and '…' one each). */
const width = (line: string) => [...line].length;

describe('renderDigest: lines within 78 characters (RFC 5322)', () => {
  it('keeps every line within 78 characters whatever its bundles, but a report link', () => {
    // Prepare: names of every length, a site of 31 characters, the
    // widest figures, a late augment, an alert held and told to another
    // owner, and a bundle that reaches neither threshold
    const groups = [
      LHR1_PNI,
      named('Acme LHR1 east'),
      named('Falcon Gulf Telecom DXB1 cache bundle 1'),
      named(LONGEST),
      { ...named('Acme cage 12', LONG_SITE), isp: 'Acme' },
      { ...LHR1_LATE_AUGMENT, key: 'Acme/LHR3/pni', site: 'LHR3' },
      FRA2_IX,
      ...WIDEST,
      { ...AMS1_CACHE, key: 'x', warningDate: undefined },
    ];

    // Act
    const body = bodyOf(groups, {
      held: { [FRA2_IX.key]: 'critical' },
      toldOwners: { [FRA2_IX.key]: ['interconnection-planning-emea-north'] },
    });

    // Assess: before, every row was 113 characters or more, and a mail
    // client wrapped it into the next
    const lines = body.split('\n');
    const long = lines.filter((l) => width(l) > 78);
    expect(long.every((l) => /^<\S+>$/.test(l))).toBe(true);
    expect(lines.length).toBeGreaterThan(40);
    // No title cut: each name is whole once its lines are joined
    const text = body.replace(/\n {6}/g, ' ');
    for (const name of [LONGEST, 'Falcon Gulf Telecom DXB1 cache bundle 1']) {
      expect(text).toContain(`  LHR1 pni "${name}"\n`);
    }
    expect(text).toContain(`  ${LONG_SITE} pni "Acme cage 12"\n`);
  });

  it('writes each bundle on a line of its own, its figures beneath in the columns of the legend', () => {
    // Act
    const body = bodyOf([named('Acme LHR1 east'), FRA2_IX, ...WIDEST]);

    // Assess: the columns' header at the top of the part, every row
    // under it, the widest 75 characters
    expect(body).toContain(
      '\n  BUNDLE\n' +
        '    SEVERITY  ORDER BY       ASK FOR         NOW     CRITICAL\n',
    );
    expect(bundleLinesOf(body)).toEqual([
      '  LHR2 pni',
      '    critical  OVERDUE 320 d  12 × 10.0 Gbps  78.1%   2027-02-18',
      '  FRA3 ix',
      '    critical  needed now     1 × 100 Gbps    104.2%  reached',
      '  LHR1 pni "Acme LHR1 east"',
      '    watch     OVERDUE 10 d   2 × 100 Gbps    78.1%   2027-02-18',
      '  FRA2 ix',
      '    warning   2026-12-15     1 × 100 Gbps    61.8%   2027-02-13',
      '  AMS1 cache',
      '    watch     —              none            40.0%   — (warning 2027-04-24)',
    ]);
  });

  it('says beneath the figures of a bundle reaching neither threshold within the horizon that it does', () => {
    // Prepare: AMS1 at watch, reaching warning on neither bound either
    // (a what-if's bundle down, or a severity held from an earlier run)
    const neither = {
      ...AMS1_CACHE,
      warningDateUpper: undefined,
      warningDate: undefined,
    };

    // Act
    const lines = bundleLinesOf(bodyOf([neither]));

    // Assess: before, 'critical —' alone, read as a date missing
    expect(lines).toEqual([
      '  AMS1 cache',
      '    watch     —         none     40.0%  —',
      '    critical and warning: not within the horizon',
    ]);
  });

  it('puts the report link on the line under its ISP, so that the ISP line fits', () => {
    // Act
    const body = bodyOf([LHR1_PNI]);

    // Assess: before, 'Acme Telecom <https://…>' was 92 characters
    expect(body).toContain(
      '\n\nAcme Telecom\n<https://headroom-reports.example.net/reports/2026-11-30/isp/acme-telecom.html>\n  LHR1 pni\n',
    );
  });
});
